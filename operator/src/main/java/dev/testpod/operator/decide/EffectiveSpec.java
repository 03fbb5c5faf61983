package dev.testpod.operator.decide;

import dev.testpod.api.HealthCheckSpec;
import dev.testpod.api.RollbackSpec;
import dev.testpod.api.TestPodReleaseSpec;
import dev.testpod.operator.spec.GoDuration;
import java.time.Duration;

/** A spec's values with the documented defaults filled in where a field is absent. */
record EffectiveSpec(TestPodReleaseSpec spec) {

  private HealthCheckSpec healthCheck() {
    return spec.getHealthCheck() == null ? new HealthCheckSpec() : spec.getHealthCheck();
  }

  private RollbackSpec rollback() {
    return spec.getRollback() == null ? new RollbackSpec() : spec.getRollback();
  }

  int replicas() {
    return spec.getReplicas() == null ? 1 : spec.getReplicas();
  }

  Duration timeout() {
    return GoDuration.parse(healthCheck().getTimeout()).orElse(Duration.ofMinutes(5));
  }

  Duration interval() {
    return GoDuration.parse(healthCheck().getInterval()).orElse(Duration.ofSeconds(10));
  }

  int successThreshold() {
    return healthCheck().getSuccessThreshold() == null ? 3 : healthCheck().getSuccessThreshold();
  }

  boolean failFast() {
    return !Boolean.FALSE.equals(healthCheck().getFailFast());
  }

  boolean automaticRollback() {
    return !Boolean.FALSE.equals(rollback().getAutomatic());
  }

  int revisionHistoryLimit() {
    return rollback().getRevisionHistoryLimit() == null ? 10 : rollback().getRevisionHistoryLimit();
  }

  boolean paused() {
    return Boolean.TRUE.equals(spec.getPaused());
  }
}
