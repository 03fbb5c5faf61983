package dev.testpod.operator.observe;

import dev.testpod.api.TestPodReleaseStatus;
import dev.testpod.api.ValidationStatus;
import java.time.Duration;
import java.time.Instant;

/** Decides whether a probe round is due, so that rounds stay an interval apart whatever triggers a reconcile. */
public final class ProbeSchedule {

  private ProbeSchedule() {}

  /** True while {@code status} describes a rollout whose validation has not finished. */
  public static boolean validationRunning(TestPodReleaseStatus status) {
    return status != null
        && status.getOutcome() == null
        && status.getRevision() != null
        && status.getValidation() != null
        && status.getValidation().getFailureReason() == null;
  }

  /**
   * True when the last round is at least nine tenths of {@code interval} old. The tenth of slack keeps a
   * requeue that fires a little early from skipping a round.
   */
  public static boolean isDue(ValidationStatus validation, Duration interval, Instant now) {
    if (validation.getLastProbe() == null || validation.getLastProbe().getTime() == null) {
      return true;
    }
    Instant last = Instant.parse(validation.getLastProbe().getTime());
    return !now.isBefore(last.plus(interval.multipliedBy(9).dividedBy(10)));
  }
}
