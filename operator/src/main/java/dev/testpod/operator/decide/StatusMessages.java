package dev.testpod.operator.decide;

import dev.testpod.api.Phase;
import dev.testpod.api.ReleaseLabels;
import dev.testpod.api.TestPodReleaseStatus;
import dev.testpod.api.ValidationStatus;

/** The one-sentence {@code status.message}: what happened and what the on-call engineer should do. */
final class StatusMessages {

  private StatusMessages() {}

  static String of(DecisionDraft draft, Phase phase) {
    TestPodReleaseStatus status = draft.status;
    String revision = "revision " + status.getRevision() + " (" + status.getImage() + ")";
    ValidationStatus validation = status.getValidation();
    return switch (phase) {
      case Pending -> "Waiting for the first rollout.";
      case Progressing -> "Rolling out " + revision + ": " + draft.rollout().description()
          + "; validation deadline " + validation.getDeadline() + ".";
      case Validating -> "Validating " + revision + ": " + validation.getConsecutiveSuccesses() + " of "
          + draft.spec.successThreshold() + " consecutive probe rounds passed" + lastFailedProbe(validation)
          + "; deadline " + validation.getDeadline() + ".";
      case RollingBack -> "Rolling back to " + revision + " because " + failureOf(status) + ".";
      case Succeeded -> "Revision " + status.getRevision() + " (" + status.getImage()
          + ") passed validation and is serving; nothing to do.";
      case RolledBack -> "Rolled back to " + revision + " because " + failureOf(status)
          + "; fix the image or spec and apply it, or set annotation " + ReleaseLabels.RETRY + " to try again.";
      case Failed -> failedMessage(draft);
      case Paused -> "Paused by spec.paused; the operator changes nothing in the cluster until it is false.";
      case Invalid -> "The spec is invalid; fix it.";
    };
  }

  /** Names the pod and result of the latest round when it failed, which explains why validation waits. */
  private static String lastFailedProbe(ValidationStatus validation) {
    var probe = validation.getLastProbe();
    boolean failed = probe != null && validation.getConsecutiveSuccesses() == 0 && !"passed".equals(probe.getResult());
    return failed ? " (last probe: pod " + probe.getPod() + " " + probe.getResult() + ")" : "";
  }

  private static String failureOf(TestPodReleaseStatus status) {
    var failure = status.getLastFailure();
    if (failure == null) {
      return "a rollback was requested";
    }
    return "revision " + failure.getRevision() + " (" + failure.getImage() + ") " + failure.getReason();
  }

  private static String failedMessage(DecisionDraft draft) {
    TestPodReleaseStatus status = draft.status;
    String reason = status.getValidation() == null ? "validation failed" : status.getValidation().getFailureReason();
    boolean rollback = status.getValidation() != null && Boolean.TRUE.equals(status.getValidation().getRollback());
    String what = rollback ? "Rollback to revision " : "Revision ";
    String refusal = rollback ? null : RollbackGuard.refusal(draft);
    return what + status.getRevision() + " (" + status.getImage() + ") failed validation: " + reason
        + (refusal == null ? "" : " and " + refusal)
        + "; the operator takes no further action, so fix the spec or set annotation " + ReleaseLabels.RETRY
        + " to try again.";
  }
}
