package dev.testpod.operator.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * Decides whether a failed attempt is retried and after how long. Network errors, 429 and 5xx are
 * retried with exponential back-off and jitter, or after the receiver's {@code Retry-After}
 * (seconds or an HTTP date, capped); other statuses are final.
 */
final class RetryPolicy {

  private final NotifierSettings settings;
  private final Clock clock;
  private final DoubleSupplier random;

  /** Creates a policy; {@code random} returns values in [0, 1) for the jitter. */
  RetryPolicy(NotifierSettings settings, Clock clock, DoubleSupplier random) {
    this.settings = settings;
    this.clock = clock;
    this.random = random;
  }

  /** Returns the delay before attempt {@code attempt + 1}, or empty when no attempt follows. */
  Optional<Duration> delayAfter(int attempt, AttemptResult result) {
    if (result.delivered() || attempt >= settings.maxAttempts()) {
      return Optional.empty();
    }
    if (result instanceof AttemptResult.Response response) {
      int status = response.status();
      if (status != 429 && status < 500) {
        return Optional.empty();
      }
      Optional<Duration> retryAfter = response.retryAfter().flatMap(this::parseRetryAfter);
      if (retryAfter.isPresent()) {
        return retryAfter;
      }
    }
    return Optional.of(backoff(attempt));
  }

  /** Returns the back-off after attempt {@code attempt}: half the doubled delay plus jitter. */
  Duration backoff(int attempt) {
    long initial = settings.initialBackoff().toMillis();
    long max = settings.maxBackoff().toMillis();
    int doublings = Math.min(attempt - 1, 30);
    long full = Math.min(max, initial << doublings);
    long jitter = (long) (random.getAsDouble() * (full / 2.0));
    return Duration.ofMillis(full - full / 2 + jitter);
  }

  private Optional<Duration> parseRetryAfter(String header) {
    String value = header.strip();
    Duration wait;
    if (value.chars().allMatch(Character::isDigit) && !value.isEmpty() && value.length() < 10) {
      wait = Duration.ofSeconds(Long.parseLong(value));
    } else {
      try {
        Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        wait = Duration.between(clock.instant(), at);
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    if (wait.isNegative()) {
      return Optional.of(Duration.ZERO);
    }
    return Optional.of(wait.compareTo(settings.maxRetryAfter()) > 0 ? settings.maxRetryAfter() : wait);
  }
}
