package dev.testpod.operator.decide;

import dev.testpod.api.FailureRecord;
import dev.testpod.api.Outcome;
import dev.testpod.api.TestPodReleaseStatus;
import dev.testpod.operator.notification.OutcomeReport;
import java.time.Duration;

/** Builds the notification of each outcome transition, with a key that is stable across restarts. */
final class OutcomeReports {

  private OutcomeReports() {}

  static OutcomeReport succeeded(DecisionDraft draft, Long fromRevision, String fromImage) {
    TestPodReleaseStatus status = draft.status;
    return report(draft, Outcome.Succeeded, fromImage, status.getImage(), fromRevision, status.getRevision(),
        null, null, null);
  }

  static OutcomeReport failed(DecisionDraft draft, FailureRecord failure) {
    TestPodReleaseStatus status = draft.status;
    return report(draft, Outcome.Failed, status.getStableImage(), failure.getImage(), status.getStableRevision(),
        failure.getRevision(), failure.getReason(), between(failure.getStartedAt(), failure.getDetectedAt()), null)
        .withPodFailure(FailedPods.fromStatus(failure.getFailedPod()));
  }

  static OutcomeReport rolledBack(DecisionDraft draft, FailureRecord failure) {
    TestPodReleaseStatus status = draft.status;
    if (failure == null) {
      return report(draft, Outcome.RolledBack, null, status.getImage(), null, status.getRevision(), null, null, null);
    }
    return report(draft, Outcome.RolledBack, failure.getImage(), status.getImage(), failure.getRevision(),
        status.getRevision(), failure.getReason(), between(failure.getStartedAt(), failure.getDetectedAt()),
        Duration.between(Timestamps.parse(failure.getDetectedAt()), draft.now))
        .withPodFailure(FailedPods.fromStatus(failure.getFailedPod()));
  }

  private static OutcomeReport report(DecisionDraft draft, Outcome outcome, String fromImage, String toImage,
      Long fromRevision, Long toRevision, String failureReason, Duration timeToDetect, Duration timeToRollback) {
    String key = draft.uid() + "/" + draft.status.getRevision() + "/" + outcome + "/"
        + Timestamps.parse(draft.status.getValidation().getStartedAt()).getEpochSecond();
    return new OutcomeReport(draft.release.getMetadata().getNamespace(), draft.release.getMetadata().getName(),
        outcome, key, fromImage, toImage, fromRevision, toRevision, failureReason, timeToDetect, timeToRollback,
        draft.now);
  }

  private static Duration between(String from, String to) {
    if (from == null || to == null) {
      return null;
    }
    return Duration.between(Timestamps.parse(from), Timestamps.parse(to));
  }
}
