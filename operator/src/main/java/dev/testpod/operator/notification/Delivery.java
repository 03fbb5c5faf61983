package dev.testpod.operator.notification;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one payload to one receiver, retrying as the {@link RetryPolicy} decides. Attempts are asynchronous and
 * waits between them are timers, so a dead receiver occupies no thread.
 */
final class Delivery {

  /** Outcome of a delivery that made {@code attempts} attempts. */
  record Result(boolean delivered, int attempts, String lastAttempt) {}

  private static final Logger LOG = LoggerFactory.getLogger(Delivery.class);

  private final HttpClient http;
  private final ScheduledExecutorService timers;
  private final RetryPolicy policy;
  private final Duration attemptTimeout;
  private final String channel;
  private final URI url;
  private final Payload payload;
  private final Consumer<Result> onDone;

  Delivery(
      HttpClient http,
      ScheduledExecutorService timers,
      RetryPolicy policy,
      Duration attemptTimeout,
      String channel,
      URI url,
      Payload payload,
      Consumer<Result> onDone) {
    this.http = http;
    this.timers = timers;
    this.policy = policy;
    this.attemptTimeout = attemptTimeout;
    this.channel = channel;
    this.url = url;
    this.payload = payload;
    this.onDone = onDone;
  }

  void start() {
    attempt(1);
  }

  private void attempt(int number) {
    HttpRequest request = HttpRequest.newBuilder(url)
        .timeout(attemptTimeout)
        .header("Content-Type", payload.contentType())
        .header("User-Agent", "testpod-operator")
        .POST(HttpRequest.BodyPublishers.ofByteArray(payload.body()))
        .build();
    try {
      http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
          .orTimeout(attemptTimeout.toMillis(), TimeUnit.MILLISECONDS)
          .whenComplete((response, error) -> completed(number, response, error));
    } catch (RuntimeException e) {
      completed(number, null, e);
    }
  }

  private void completed(int number, HttpResponse<Void> response, Throwable error) {
    AttemptResult result = response != null
        ? new AttemptResult.Response(response.statusCode(), response.headers().firstValue("Retry-After"))
        : new AttemptResult.NetworkError(describe(error));
    if (result.delivered()) {
      onDone.accept(new Result(true, number, result.description()));
      return;
    }
    Optional<Duration> delay = policy.delayAfter(number, result);
    if (delay.isEmpty()) {
      onDone.accept(new Result(false, number, result.description()));
      return;
    }
    LOG.info("Notification attempt {} to {} failed with {}, retrying in {} ms",
        number, channel, result.description(), delay.get().toMillis());
    try {
      timers.schedule(() -> attempt(number + 1), delay.get().toMillis(), TimeUnit.MILLISECONDS);
    } catch (RuntimeException e) {
      // The notifier is shutting down, so no timer runs any more.
      onDone.accept(new Result(false, number, result.description()));
    }
  }

  /**
   * Describes a failed attempt by the kind of error alone. Messages of the JDK HTTP client can
   * contain the request URI, which carries the webhook's secret token, so they are never used.
   */
  private String describe(Throwable error) {
    Throwable cause = error;
    while (cause instanceof CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof HttpTimeoutException || cause instanceof TimeoutException) {
      return "no response within " + attemptTimeout.toMillis() + " ms";
    }
    if (cause instanceof ConnectException) {
      return "connection failed";
    }
    if (cause instanceof IOException) {
      return "network error " + cause.getClass().getSimpleName();
    }
    return "error " + cause.getClass().getSimpleName();
  }
}
