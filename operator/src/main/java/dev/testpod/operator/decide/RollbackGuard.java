package dev.testpod.operator.decide;

import dev.testpod.api.TestPodReleaseStatus;

/** The rules that stop an automatic rollback, each with the reason shown to the on-call engineer. */
final class RollbackGuard {

  private RollbackGuard() {}

  /** Returns why the failed revision cannot be rolled back automatically, or null when it can. */
  static String refusal(DecisionDraft draft) {
    TestPodReleaseStatus status = draft.status;
    if (!draft.spec.automaticRollback()) {
      return "automatic rollback is off (spec.rollback.automatic is false)";
    }
    Long stable = status.getStableRevision();
    if (stable == null) {
      return "there is no validated revision to roll back to";
    }
    if (stable.equals(status.getRevision())) {
      return "the failed revision is the last validated one";
    }
    if (draft.snapshot(stable).isEmpty()) {
      return "the ControllerRevision of stable revision " + stable + " is missing";
    }
    return null;
  }
}
