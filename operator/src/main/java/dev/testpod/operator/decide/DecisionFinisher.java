package dev.testpod.operator.decide;

import dev.testpod.api.HistoryEntry;
import dev.testpod.api.Phase;
import dev.testpod.api.TestPodReleaseStatus;
import dev.testpod.operator.observe.ProbeSchedule;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Completes a draft: phase, message, conditions, observed generation and the trimmed history. */
final class DecisionFinisher {

  private DecisionFinisher() {}

  static Decision finish(DecisionDraft draft) {
    TestPodReleaseStatus status = draft.status;
    Phase phase = draft.phaseOverride != null ? draft.phaseOverride : phaseOf(draft);
    status.setPhase(phase);
    status.setMessage(draft.messageOverride != null ? draft.messageOverride : StatusMessages.of(draft, phase));
    status.setObservedGeneration(draft.release.getMetadata().getGeneration());
    StatusConditions.update(status, draft.release.getMetadata().getGeneration(), draft.now);
    Set<Long> toDelete = trimHistory(draft);
    return new Decision(status, draft.workload, draft.newSnapshot, toDelete, draft.events, draft.outcome,
        draft.annotationsToRemove, draft.requeueAfter);
  }

  /** Derives the phase from the status and the observed rollout; never parsed from a message. */
  private static Phase phaseOf(DecisionDraft draft) {
    TestPodReleaseStatus status = draft.status;
    if (status.getRevision() == null) {
      return Phase.Pending;
    }
    if (ProbeSchedule.validationRunning(status)) {
      if (Boolean.TRUE.equals(status.getValidation().getRollback())) {
        return Phase.RollingBack;
      }
      return draft.rollout().complete() && draft.newSnapshot == null ? Phase.Validating : Phase.Progressing;
    }
    if (status.getOutcome() == null) {
      return Phase.Pending;
    }
    return switch (status.getOutcome()) {
      case Succeeded -> Phase.Succeeded;
      case RolledBack -> Phase.RolledBack;
      case Failed -> Phase.Failed;
    };
  }

  /** Keeps the newest entries up to the limit and returns the revisions whose snapshots can go. */
  private static Set<Long> trimHistory(DecisionDraft draft) {
    List<HistoryEntry> history = draft.status.getHistory();
    int limit = draft.spec.revisionHistoryLimit();
    while (history.size() > limit) {
      history.remove(history.size() - 1);
    }
    Set<Long> keep = new HashSet<>();
    history.forEach(entry -> keep.add(entry.getRevision()));
    if (draft.status.getRevision() != null) {
      keep.add(draft.status.getRevision());
    }
    if (draft.status.getStableRevision() != null) {
      keep.add(draft.status.getStableRevision());
    }
    Set<Long> toDelete = new HashSet<>(draft.observed.revisions().keySet());
    toDelete.removeAll(keep);
    return toDelete;
  }
}
