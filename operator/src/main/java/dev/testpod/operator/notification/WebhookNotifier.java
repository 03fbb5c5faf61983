package dev.testpod.operator.notification;

import dev.testpod.api.NotificationsSpec;
import dev.testpod.api.Outcome;
import dev.testpod.api.TestPodRelease;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers outcome notifications to Slack, Microsoft Teams and CloudEvents webhooks. {@link
 * #notify} only queues work: URLs are read from their Secrets, payloads rendered and HTTP attempts
 * made on the notifier's own threads, and a failure after the last attempt or an invalid channel
 * goes to the {@link DeliveryFailureListener}. Delivered transitions are recorded on the release
 * and skipped when notified again, after a restart too.
 */
public final class WebhookNotifier implements ReleaseNotifier, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(WebhookNotifier.class);

  private final DeliveryFailureListener failureListener;
  private final NotifierSettings settings;
  private final WebhookUrlResolver urls;
  private final DeliveryLedger ledger;
  private final RetryPolicy retryPolicy;
  private final HttpClient http;
  private final ThreadPoolExecutor workers;
  private final ScheduledThreadPoolExecutor timers;
  private final Semaphore pendingDeliveries;
  private final Set<String> queuedTransitions = ConcurrentHashMap.newKeySet();

  /** Creates a notifier with default settings that reports failures as Warning events. */
  public WebhookNotifier(KubernetesClient client) {
    this(client, new KubernetesEventFailureListener(client, Clock.systemUTC()),
        NotifierSettings.defaults(), Clock.systemUTC());
  }

  public WebhookNotifier(
      KubernetesClient client,
      DeliveryFailureListener failureListener,
      NotifierSettings settings,
      Clock clock) {
    this.failureListener = failureListener;
    this.settings = settings;
    this.urls = new WebhookUrlResolver(client);
    this.ledger = new DeliveryLedger(client, settings.deliveredKeysPerChannel());
    this.retryPolicy = new RetryPolicy(settings, clock, () -> ThreadLocalRandom.current().nextDouble());
    this.http = HttpClient.newBuilder()
        .connectTimeout(settings.attemptTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    // The semaphore admits maxPendingDeliveries deliveries and each has at most one task queued,
    // so the queue never overflows.
    this.workers = new ThreadPoolExecutor(settings.workerThreads(), settings.workerThreads(),
        0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(settings.maxPendingDeliveries()),
        daemonThreads("testpod-notifier-worker-"));
    this.timers = new ScheduledThreadPoolExecutor(1, daemonThreads("testpod-notifier-timer-"));
    this.timers.setRemoveOnCancelPolicy(true);
    this.pendingDeliveries = new Semaphore(settings.maxPendingDeliveries());
  }

  @Override
  public void notify(TestPodRelease release, OutcomeReport report) {
    NotificationsSpec spec = release.getSpec() == null ? null : release.getSpec().getNotifications();
    if (!notifies(spec, report.outcome())) {
      LOG.debug("No notification configured for outcome {}", report.outcome());
      return;
    }
    for (NotificationChannel channel : NotificationChannel.configuredIn(spec)) {
      enqueue(release, report, channel);
    }
  }

  private static boolean notifies(NotificationsSpec spec, Outcome outcome) {
    if (spec == null) {
      return false;
    }
    List<Outcome> on = spec.getOn();
    return on == null || on.isEmpty() || on.contains(outcome);
  }

  private void enqueue(TestPodRelease release, OutcomeReport report, NotificationChannel channel) {
    String transition = report.namespace() + "/" + report.releaseName() + "/" + channel.id()
        + "/" + report.transitionKey();
    if (!queuedTransitions.add(transition)) {
      LOG.debug("Notification of {} to {} is already queued", report.transitionKey(), channel.id());
      return;
    }
    if (!pendingDeliveries.tryAcquire()) {
      queuedTransitions.remove(transition);
      LOG.warn("Dropped the {} notification to {} because {} deliveries are pending",
          report.outcome(), channel.description(), settings.maxPendingDeliveries());
      return;
    }
    AtomicBoolean finished = new AtomicBoolean();
    Runnable finish = () -> {
      // Runs once even if an unexpected error reaches two completion paths of one delivery.
      if (finished.compareAndSet(false, true)) {
        queuedTransitions.remove(transition);
        pendingDeliveries.release();
      }
    };
    onWorker(() -> prepare(release, report, channel, finish), finish);
  }

  /** Reads the URL, renders the payload and starts the first attempt. Runs on a worker thread. */
  private void prepare(
      TestPodRelease release, OutcomeReport report, NotificationChannel channel, Runnable finish) {
    try (ReleaseMdc mdc = ReleaseMdc.of(report)) {
      if (alreadyDelivered(report, channel)) {
        LOG.debug("Notification of {} to {} was delivered before", report.transitionKey(), channel.id());
        finish.run();
        return;
      }
      Optional<URI> url = urls.resolve(report.namespace(), channel.urlSecretRef());
      if (url.isEmpty()) {
        LOG.debug("Skipped {} because its optional Secret key is missing", channel.description());
        finish.run();
        return;
      }
      Payload payload = channel.kind().format().render(report);
      new Delivery(http, timers, retryPolicy, settings.attemptTimeout(), channel.description(),
          url.get(), payload,
          result -> onWorker(() -> finished(release, report, channel, result, finish), finish))
          .start();
    } catch (InvalidWebhookConfigException e) {
      LOG.warn("Notification to {} not sent: {}", channel.description(), e.getMessage());
      reportFailure(release, report, channel, e.getMessage());
      finish.run();
    } catch (RuntimeException e) {
      // Only the class is logged because an unexpected message could quote the URL.
      LOG.warn("Notification to {} not sent: {}", channel.description(), e.getClass().getName());
      finish.run();
    }
  }

  private boolean alreadyDelivered(OutcomeReport report, NotificationChannel channel) {
    try {
      return ledger.isDelivered(report.namespace(), report.releaseName(), channel.id(),
          report.transitionKey());
    } catch (KubernetesClientException e) {
      LOG.warn("Reading delivered notifications from the release failed with HTTP {}, "
          + "so it is sent anyway and a receiver may see a duplicate", e.getCode());
      return false;
    }
  }

  private void finished(TestPodRelease release, OutcomeReport report, NotificationChannel channel,
      Delivery.Result result, Runnable finish) {
    try (ReleaseMdc mdc = ReleaseMdc.of(report)) {
      String attempts = result.attempts() + (result.attempts() == 1 ? " attempt" : " attempts");
      if (result.delivered()) {
        LOG.info("Delivered the {} notification to {} after {}",
            report.outcome(), channel.description(), attempts);
        recordDelivery(report, channel);
      } else {
        LOG.warn("Notification to {} failed with {} after {}",
            channel.description(), result.lastAttempt(), attempts);
        reportFailure(release, report, channel, result.lastAttempt() + " after " + attempts);
      }
    } finally {
      finish.run();
    }
  }

  private void recordDelivery(OutcomeReport report, NotificationChannel channel) {
    try {
      ledger.recordDelivered(report.namespace(), report.releaseName(), channel.id(),
          report.transitionKey());
    } catch (KubernetesClientException e) {
      LOG.warn("Recording the delivered notification on the release failed with HTTP {}, "
          + "so a restarted operator may send it again", e.getCode());
    }
  }

  private void reportFailure(
      TestPodRelease release, OutcomeReport report, NotificationChannel channel, String detail) {
    try {
      failureListener.deliveryFailed(release, channel.description(), detail);
    } catch (RuntimeException e) {
      LOG.warn("Reporting the failed {} notification to {} failed: {}",
          report.outcome(), channel.description(), e.getClass().getName());
    }
  }

  private void onWorker(Runnable task, Runnable finish) {
    try {
      workers.execute(task);
    } catch (RejectedExecutionException e) {
      LOG.warn("Notification dropped because the notifier is shut down");
      finish.run();
    }
  }

  /** Stops the notifier. Queued and in-flight deliveries are abandoned. */
  @Override
  public void close() {
    timers.shutdownNow();
    workers.shutdown();
    try {
      if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
        workers.shutdownNow();
      }
    } catch (InterruptedException e) {
      workers.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
