package dev.testpod.operator.decide;

import dev.testpod.api.EventReason;
import dev.testpod.api.FailureRecord;
import dev.testpod.api.HistoryEntry;
import dev.testpod.api.HistoryResult;
import dev.testpod.api.Outcome;
import dev.testpod.api.ReleaseLabels;
import dev.testpod.api.TestPodReleaseStatus;
import dev.testpod.operator.observe.ProbeSchedule;
import dev.testpod.operator.revision.Snapshot;

/** Handles the one-shot {@code testpod.dev/rollback-to} annotation. */
final class ManualRollback {

  static final String PREVIOUS = "previous";

  private ManualRollback() {}

  /** Consumes the annotation; returns true when a rollback to the named revision started. */
  static boolean apply(DecisionDraft draft) {
    String value = ReleaseDecider.annotations(draft).get(ReleaseLabels.ROLLBACK_TO);
    if (value == null) {
      return false;
    }
    draft.annotationsToRemove.add(ReleaseLabels.ROLLBACK_TO);

    TestPodReleaseStatus status = draft.status;
    Long target = resolve(draft, value.trim());
    if (target == null || draft.snapshot(target).isEmpty()) {
      draft.events.add(ReleaseEvent.warning(EventReason.InvalidSpec, "Annotation " + ReleaseLabels.ROLLBACK_TO
          + " \"" + value + "\" names no stored revision; stored revisions are " + draft.observed.revisions().keySet()
          + "."));
      return false;
    }

    boolean alreadyRunning = target.equals(status.getRevision())
        && !ProbeSchedule.validationRunning(status)
        && status.getOutcome() != Outcome.Failed;
    if (alreadyRunning) {
      return false;
    }

    Snapshot snapshot = draft.snapshot(target).orElseThrow();
    String reason = "rolled back by hand to revision " + target;
    if (status.getRevision() != null) {
      String startedAt = status.getValidation() == null ? null : status.getValidation().getStartedAt();
      status.setLastFailure(new FailureRecord(
          status.getRevision(), status.getImage(), reason, startedAt, Timestamps.format(draft.now)));
      draft.historyEntry(status.getRevision()).ifPresent(entry -> markRolledBack(entry, target));
    }

    status.setRejectedSpecHash(Snapshot.of(draft.release.getSpec()).hash());
    draft.events.add(ReleaseEvent.normal(EventReason.RollbackStarted, "Rolling back to revision " + target
        + " (" + snapshot.image() + ") as requested by annotation " + ReleaseLabels.ROLLBACK_TO + "."));
    status.setValidation(null);
    RolloutTransitions.start(draft, snapshot, target, false, true, "rollback requested by annotation");
    return true;
  }

  /**
   * Records how a manual rollback ended the running revision: a revision still validating was
   * rolled back, while one that had already passed was only replaced and keeps its success visible.
   */
  private static void markRolledBack(HistoryEntry entry, long target) {
    if (entry.getResult() == HistoryResult.Progressing) {
      entry.setResult(HistoryResult.RolledBack);
      entry.setReason("rolled back by hand to revision " + target);
    } else if (entry.getResult() == HistoryResult.Succeeded) {
      entry.setResult(HistoryResult.Superseded);
      entry.setReason("replaced by a manual rollback to revision " + target);
    }
  }

  private static Long resolve(DecisionDraft draft, String value) {
    if (PREVIOUS.equals(value)) {
      return previousRevision(draft.status);
    }
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Returns the stable revision when another one runs, else the newest other revision that succeeded. */
  private static Long previousRevision(TestPodReleaseStatus status) {
    Long running = status.getRevision();
    if (status.getStableRevision() != null && !status.getStableRevision().equals(running)) {
      return status.getStableRevision();
    }
    return status.getHistory().stream()
        .filter(entry -> !entry.getRevision().equals(running))
        .filter(entry -> entry.getResult() == HistoryResult.Succeeded)
        .map(HistoryEntry::getRevision)
        .findFirst()
        .orElse(null);
  }
}
