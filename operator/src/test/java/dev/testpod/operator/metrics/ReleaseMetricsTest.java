package dev.testpod.operator.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testpod.api.Outcome;
import dev.testpod.api.Phase;
import dev.testpod.api.TestPodRelease;
import dev.testpod.api.TestPodReleaseStatus;
import dev.testpod.operator.notification.OutcomeReport;
import dev.testpod.operator.notification.PodFailure;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.controller.ResourceAction;
import io.javaoperatorsdk.operator.processing.event.source.controller.ResourceEvent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ReleaseMetricsTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "pod app-2-7 container app is in ImagePullBackOff: Back-off pulling image | ImagePullBackOff",
      "pod app-2-7 container app is in ErrImagePull: not found                   | ErrImagePull",
      "pod app-2-7 container app is in CrashLoopBackOff: back-off restarting     | CrashLoopBackOff",
      "Deployment app reports ProgressDeadlineExceeded                            | ProgressDeadlineExceeded",
      "validation did not pass within 5m: pod app-2-7 HTTP 503                    | ValidationTimeout",
      "the pods disappeared                                                       | Other"})
  void failureReasonMapsToBoundedCause(String failureReason, FailureCause expected) {
    assertThat(FailureCause.ofReason(failureReason)).isEqualTo(expected);
  }

  @Test
  void podStateDecidesCauseOverReasonText() {
    PodFailure crashLoop = new PodFailure("app-2-7", "app", "CrashLoopBackOff", 4, 1, List.of());
    PodFailure readiness = new PodFailure("app-2-7", null, "HTTP 503", null, null, List.of("postgres"));

    OutcomeReport crashed = report(Outcome.RolledBack, "the pod stopped", null, null).withPodFailure(crashLoop);
    OutcomeReport timedOut = report(Outcome.RolledBack, "no rounds passed", null, null).withPodFailure(readiness);

    assertThat(FailureCause.of(crashed)).isEqualTo(FailureCause.CrashLoopBackOff);
    assertThat(FailureCause.of(timedOut)).isEqualTo(FailureCause.ValidationTimeout);
  }

  @Test
  void manualRollbackHasNoFailureReason() {
    assertThat(FailureCause.ofReason(null)).isEqualTo(FailureCause.Manual);
  }

  @Test
  void rolledBackOutcomeRecordsRollbackAndTimes() {
    ReleaseMetrics metrics = new ReleaseMetrics(registry);

    metrics.record(report(Outcome.RolledBack, "pod app-2-7 container app is in CrashLoopBackOff",
        Duration.ofSeconds(40), Duration.ofSeconds(25)));
    metrics.record(report(Outcome.Failed, "validation did not pass within 5m: pod app-3-1 HTTP 503",
        Duration.ofMinutes(5), null));

    assertThat(registry.get("testpod.rollouts").tag("result", "RolledBack").counter().count()).isEqualTo(1.0);
    assertThat(registry.get("testpod.rollouts").tag("result", "Failed").counter().count()).isEqualTo(1.0);
    assertThat(registry.get("testpod.rollouts").tag("result", "Succeeded").counter().count()).isZero();
    assertThat(registry.get("testpod.rollbacks").tag("reason", "CrashLoopBackOff").counter().count()).isEqualTo(1.0);
    assertThat(registry.find("testpod.rollbacks").tag("reason", "ValidationTimeout").counter()).isNull();
    assertThat(registry.get("testpod.time.to.detect").tag("reason", "CrashLoopBackOff").timer()
        .totalTime(java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(40.0);
    assertThat(registry.get("testpod.time.to.detect").tag("reason", "ValidationTimeout").timer()
        .totalTime(java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(300.0);
    assertThat(registry.get("testpod.time.to.rollback").timer().count()).isEqualTo(1);
    assertThat(registry.get("testpod.time.to.rollback").timer()
        .totalTime(java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(25.0);
  }

  @Test
  void phaseGaugeFollowsUpdatesAndDeletions() {
    ReleasePhaseGauge gauge = new ReleasePhaseGauge(registry);

    gauge.receivedEvent(event(ResourceAction.ADDED, "a", null), Map.of());
    gauge.receivedEvent(event(ResourceAction.ADDED, "b", Phase.Validating), Map.of());
    assertThat(phaseCount(Phase.Pending)).isEqualTo(1.0);
    assertThat(phaseCount(Phase.Validating)).isEqualTo(1.0);

    gauge.receivedEvent(event(ResourceAction.UPDATED, "b", Phase.Succeeded), Map.of());
    gauge.receivedEvent(event(ResourceAction.DELETED, "a", null), Map.of());

    assertThat(phaseCount(Phase.Pending)).isZero();
    assertThat(phaseCount(Phase.Validating)).isZero();
    assertThat(phaseCount(Phase.Succeeded)).isEqualTo(1.0);
    assertThat(registry.find("testpod.releases").gauges()).hasSize(Phase.values().length);
  }

  private double phaseCount(Phase phase) {
    return registry.get("testpod.releases").tag("phase", phase.name()).gauge().value();
  }

  private static ResourceEvent event(ResourceAction action, String name, Phase phase) {
    TestPodRelease release = new TestPodRelease();
    release.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace("preprod").build());
    if (phase != null) {
      TestPodReleaseStatus status = new TestPodReleaseStatus();
      status.setPhase(phase);
      release.setStatus(status);
    }
    return new ResourceEvent(action, new ResourceID(name, "preprod"), release);
  }

  private static OutcomeReport report(Outcome outcome, String reason, Duration toDetect, Duration toRollback) {
    return new OutcomeReport("preprod", "app", outcome, "uid/2/" + outcome, "ghcr.io/acme/app:2.0.0",
        "ghcr.io/acme/app:1.0.0", 2L, 1L, reason, toDetect, toRollback, Instant.parse("2026-12-04T10:00:00Z"));
  }
}
