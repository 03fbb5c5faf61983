package dev.testpod.operator.production;

import dev.testpod.api.EventReason;
import dev.testpod.operator.OperatorSettings;
import dev.testpod.operator.TestPodOperator;
import dev.testpod.operator.config.RuntimeSettings;
import dev.testpod.operator.event.KubernetesEventRecorder;
import dev.testpod.operator.health.OperatorHealth;
import dev.testpod.operator.health.OperatorHttpServer;
import dev.testpod.operator.leader.LeaderElectionConfigurations;
import dev.testpod.operator.leader.LeaderElectionSettings;
import dev.testpod.operator.leader.LeadershipTracker;
import dev.testpod.operator.metrics.OperatorMetrics;
import dev.testpod.operator.notification.DeliveryFailureListener;
import dev.testpod.operator.notification.NotifierSettings;
import dev.testpod.operator.notification.ReleaseNotifier;
import dev.testpod.operator.notification.WebhookNotifier;
import io.fabric8.kubernetes.client.KubernetesClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator as it runs in its container: the reconciler with metrics, webhook notifications,
 * optional leader election and the {@code /metrics}, {@code /healthz} and {@code /readyz} endpoint.
 * {@link #close()} reports DOWN first, then stops reconciling, delivering and serving.
 */
public final class OperatorProcess implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(OperatorProcess.class);

  private final OperatorMetrics metrics;
  private final OperatorHealth health;
  private final OperatorHttpServer httpServer;
  private final AutoCloseable notifier;
  private final TestPodOperator operator;
  private final LeadershipTracker leadership;

  private OperatorProcess(OperatorMetrics metrics, OperatorHealth health, OperatorHttpServer httpServer,
      AutoCloseable notifier, TestPodOperator operator, LeadershipTracker leadership) {
    this.metrics = metrics;
    this.health = health;
    this.httpServer = httpServer;
    this.notifier = notifier;
    this.operator = operator;
    this.leadership = leadership;
  }

  /**
   * Starts the production operator with the webhook notifier, whose failed deliveries become
   * {@code NotificationFailed} Warning events through the reconciler's event recorder.
   */
  public static OperatorProcess start(KubernetesClient client, OperatorSettings settings, RuntimeSettings runtime) {
    KubernetesEventRecorder events = new KubernetesEventRecorder(client, settings.clock());
    DeliveryFailureListener failures = (release, channel, detail) ->
        events.warning(release, EventReason.NotificationFailed, DeliveryFailureListener.eventMessage(channel, detail));
    WebhookNotifier notifier = new WebhookNotifier(client, failures, NotifierSettings.defaults(), settings.clock());
    return start(client, settings.withNotifier(notifier), runtime, notifier, true);
  }

  /**
   * Starts the operator with {@code settings.notifier()} as given; {@code notifierToClose} is closed
   * on {@link #close()}. With {@code exitOnLeaseLost}, losing the Lease before {@link #close()} ends
   * the JVM with exit code 1, so that Kubernetes restarts this replica as a follower. Tests that run
   * several operators in one JVM pass false.
   */
  public static OperatorProcess start(KubernetesClient client, OperatorSettings settings, RuntimeSettings runtime,
      AutoCloseable notifierToClose, boolean exitOnLeaseLost) {
    LeaderElectionSettings election = runtime.leaderElection();
    LeadershipTracker leadership = election.enabled()
        ? LeadershipTracker.electing(election.identity())
        : LeadershipTracker.standalone(election.identity());
    if (exitOnLeaseLost) {
      // A new thread, because System.exit waits for the shutdown hooks and those stop the elector.
      leadership.onLeaseLost(() -> new Thread(() -> System.exit(1), "testpod-lease-lost-exit").start());
    }
    OperatorMetrics metrics = new OperatorMetrics();
    OperatorHealth health = new OperatorHealth(leadership);
    OperatorHttpServer httpServer = OperatorHttpServer.start(runtime.httpAddress(), runtime.httpPort(), metrics, health);
    ReleaseNotifier notifier = metrics.recordingOutcomes(settings.notifier());
    TestPodOperator operator;
    try {
      operator = TestPodOperator.start(client, settings.withNotifier(notifier), overrider -> {
        overrider.withMetrics(metrics.josdkMetrics());
        if (election.enabled()) {
          overrider.withLeaderElectionConfiguration(
              LeaderElectionConfigurations.of(election, leadership));
        }
      });
    } catch (RuntimeException e) {
      httpServer.close();
      metrics.close();
      throw e;
    }
    health.started(operator.runtimeInfo());
    LOG.info("Operator replica {} started with leader election {}", election.identity(),
        election.enabled() ? "on, Lease " + election.leaseName() : "off");
    return new OperatorProcess(metrics, health, httpServer, notifierToClose, operator, leadership);
  }

  /** Port of the metrics and health endpoint, useful when the settings asked for port 0. */
  public int httpPort() {
    return httpServer.port();
  }

  public LeadershipTracker leadership() {
    return leadership;
  }

  @Override
  public void close() {
    health.stopping();
    leadership.shuttingDown();
    operator.stop();
    try {
      notifier.close();
    } catch (Exception e) {
      LOG.warn("Closing the notifier failed; undelivered notifications are dropped", e);
    }
    httpServer.close();
    metrics.close();
  }
}
