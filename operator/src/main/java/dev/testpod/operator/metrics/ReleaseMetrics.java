package dev.testpod.operator.metrics;

import dev.testpod.api.Outcome;
import dev.testpod.operator.notification.OutcomeReport;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * Rollout outcome metrics, recorded once per outcome transition:
 * {@code testpod_rollouts_total{result}}, {@code testpod_rollbacks_total{reason}},
 * {@code testpod_time_to_detect_seconds{reason}} and {@code testpod_time_to_rollback_seconds}.
 */
public final class ReleaseMetrics {

  /** Histogram buckets: validation deadlines run from 10s to 1h, 5m by default. */
  private static final Duration[] BUCKETS = {
      Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(1),
      Duration.ofMinutes(2), Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(30),
      Duration.ofHours(1)};

  private final MeterRegistry registry;

  public ReleaseMetrics(MeterRegistry registry) {
    this.registry = registry;
    for (Outcome outcome : Outcome.values()) {
      rollouts(outcome);
    }
    timeToRollback();
  }

  /** Records one outcome transition of a release. */
  public void record(OutcomeReport report) {
    rollouts(report.outcome()).increment();
    FailureCause cause = FailureCause.of(report);
    if (report.timeToDetect() != null) {
      timeToDetect(cause).record(report.timeToDetect());
    }
    if (report.outcome() == Outcome.RolledBack) {
      rollbacks(cause).increment();
      if (report.timeToRollback() != null) {
        timeToRollback().record(report.timeToRollback());
      }
    }
  }

  private Counter rollouts(Outcome outcome) {
    return Counter.builder("testpod.rollouts")
        .description("Rollouts that reached an outcome, by outcome")
        .tag("result", outcome.name())
        .register(registry);
  }

  private Counter rollbacks(FailureCause cause) {
    return Counter.builder("testpod.rollbacks")
        .description("Rollbacks that brought a release back to a validated revision, by failure cause")
        .tag("reason", cause.name())
        .register(registry);
  }

  private Timer timeToDetect(FailureCause cause) {
    return Timer.builder("testpod.time.to.detect")
        .description("Time from a rollout's start to the decision that it failed, by failure cause")
        .tag("reason", cause.name())
        .serviceLevelObjectives(BUCKETS)
        .register(registry);
  }

  private Timer timeToRollback() {
    return Timer.builder("testpod.time.to.rollback")
        .description("Time from a failure decision to the restored revision passing validation")
        .serviceLevelObjectives(BUCKETS)
        .register(registry);
  }
}
