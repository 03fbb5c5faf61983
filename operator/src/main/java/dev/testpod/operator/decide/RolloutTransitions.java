package dev.testpod.operator.decide;

import dev.testpod.api.EventReason;
import dev.testpod.api.FailureRecord;
import dev.testpod.api.HistoryEntry;
import dev.testpod.api.HistoryResult;
import dev.testpod.api.Outcome;
import dev.testpod.api.ProbeResult;
import dev.testpod.api.TestPodReleaseStatus;
import dev.testpod.api.ValidationStatus;
import dev.testpod.operator.notification.PodFailure;
import dev.testpod.operator.observe.ProbeSchedule;
import dev.testpod.operator.observe.RolloutProgress;
import dev.testpod.operator.probe.PodProbeResult;
import dev.testpod.operator.probe.ProbeRound;
import dev.testpod.operator.revision.Snapshot;
import dev.testpod.operator.spec.GoDurationText;
import java.time.Duration;
import java.time.Instant;

/** The state changes of a rollout: start, one validation step, success and failure. */
final class RolloutTransitions {

  private RolloutTransitions() {}

  /** Starts rolling out {@code snapshot} as {@code revision}, superseding any validation in flight. */
  static void start(DecisionDraft draft, Snapshot snapshot, long revision, boolean isNew, boolean rollback, String reason) {
    TestPodReleaseStatus status = draft.status;
    supersedeInFlight(draft, revision);
    String now = Timestamps.format(draft.now);
    ValidationStatus validation = new ValidationStatus();
    validation.setRevision(revision);
    validation.setRollback(rollback);
    validation.setStartedAt(now);
    validation.setDeadline(Timestamps.format(draft.now.plus(draft.spec.timeout())));
    validation.setConsecutiveSuccesses(0);
    status.setValidation(validation);
    status.setRevision(revision);
    status.setSpecHash(snapshot.hash());
    status.setImage(snapshot.image());
    status.setOutcome(null);
    status.getHistory().add(0, new HistoryEntry(revision, snapshot.image(), now, HistoryResult.Progressing, reason));
    if (isNew) {
      draft.newSnapshot = snapshot;
    }
    draft.workload = new Workload(revision, snapshot, draft.spec.replicas());
    draft.requeueAfter = draft.spec.interval();
    if (!rollback) {
      draft.events.add(ReleaseEvent.normal(EventReason.RolloutStarted,
          "Rolling out revision " + revision + " with image " + snapshot.image() + "."));
    }
  }

  private static void supersedeInFlight(DecisionDraft draft, long nextRevision) {
    if (!ProbeSchedule.validationRunning(draft.status)) {
      return;
    }
    draft.historyEntry(draft.status.getRevision())
        .filter(entry -> entry.getResult() == HistoryResult.Progressing)
        .ifPresent(entry -> {
          entry.setResult(HistoryResult.Superseded);
          entry.setReason("superseded by revision " + nextRevision + " before its validation finished");
        });
  }

  /** Advances the validation of the running revision by what this reconcile observed. */
  static void continueValidation(DecisionDraft draft) {
    TestPodReleaseStatus status = draft.status;
    ValidationStatus validation = status.getValidation();
    RolloutProgress rollout = draft.rollout();
    draft.snapshot(status.getRevision()).ifPresent(snapshot ->
        draft.workload = new Workload(status.getRevision(), snapshot, draft.spec.replicas()));

    if (draft.spec.failFast() && rollout.failFastReason() != null) {
      fail(draft, rollout.failFastReason(), rollout.failFastPod());
      return;
    }
    ProbeRound round = draft.observed.probeRound();
    if (round != null && rollout.complete()) {
      recordRound(draft, round);
      if (validation.getConsecutiveSuccesses() >= draft.spec.successThreshold()) {
        succeed(draft);
        return;
      }
    } else if (!rollout.complete()) {
      validation.setConsecutiveSuccesses(0);
      if (round != null && !round.allPassed()) {
        // A failed probe of unready pods explains the wait. It is kept as the last probe but counts as no round.
        validation.setLastProbe(probeResult(round));
      }
    }
    Instant deadline = Timestamps.parse(validation.getDeadline());
    if (!draft.now.isBefore(deadline)) {
      fail(draft, "validation did not pass within " + GoDurationText.of(draft.spec.timeout()) + ": "
          + lastProblem(validation, rollout), FailedPods.fromProbe(validation.getLastProbe()));
      return;
    }
    Duration untilDeadline = Duration.between(draft.now, deadline).plusSeconds(1);
    draft.requeueAfter = min(draft.spec.interval(), untilDeadline);
  }

  private static void recordRound(DecisionDraft draft, ProbeRound round) {
    ValidationStatus validation = draft.status.getValidation();
    validation.setLastProbe(probeResult(round));
    int successes = validation.getConsecutiveSuccesses() == null ? 0 : validation.getConsecutiveSuccesses();
    validation.setConsecutiveSuccesses(round.allPassed() ? successes + 1 : 0);
  }

  private static ProbeResult probeResult(ProbeRound round) {
    PodProbeResult summary = round.summary();
    ProbeResult probe = new ProbeResult(Timestamps.format(round.time()), summary.pod(), summary.detail());
    probe.setHttpStatus(summary.httpStatus());
    probe.setFailingChecks(summary.failingChecks().isEmpty() ? null : summary.failingChecks());
    return probe;
  }

  private static String lastProblem(ValidationStatus validation, RolloutProgress rollout) {
    ProbeResult probe = validation.getLastProbe();
    if (rollout.complete() && probe != null) {
      return "pod " + probe.getPod() + " " + probe.getResult();
    }
    if (FailedPods.fromProbe(probe) != null) {
      return rollout.description() + "; pod " + probe.getPod() + " " + probe.getResult();
    }
    return rollout.description();
  }

  /** Ends the validation with success: a new revision becomes stable, a rollback target is serving again. */
  static void succeed(DecisionDraft draft) {
    TestPodReleaseStatus status = draft.status;
    long revision = status.getRevision();
    boolean rollback = Boolean.TRUE.equals(status.getValidation().getRollback());
    Long previousStable = status.getStableRevision();
    String previousStableImage = status.getStableImage();
    String passed = "passed " + draft.spec.successThreshold() + " consecutive probe round(s)";
    draft.historyEntry(revision).ifPresent(entry -> {
      entry.setResult(HistoryResult.Succeeded);
      entry.setReason(rollback ? "rollback target " + passed : passed);
    });
    status.setStableRevision(revision);
    status.setStableImage(status.getImage());
    draft.requeueAfter = draft.idleRequeue;
    if (rollback) {
      status.setOutcome(Outcome.RolledBack);
      FailureRecord failure = status.getLastFailure();
      draft.events.add(ReleaseEvent.normal(EventReason.RolledBack, "Rolled back to revision " + revision
          + " (" + status.getImage() + "), which passed validation again."));
      draft.outcome = OutcomeReports.rolledBack(draft, failure);
    } else {
      status.setOutcome(Outcome.Succeeded);
      status.setLastFailure(null);
      draft.events.add(ReleaseEvent.normal(EventReason.ValidationSucceeded,
          "Revision " + revision + " (" + status.getImage() + ") passed validation."));
      draft.outcome = OutcomeReports.succeeded(draft, previousStable, previousStableImage);
    }
  }

  /**
   * Ends the validation with a failure, then rolls back or stops, guarded by the rollback rules.
   *
   * @param pod the state of the pod that failed, or null when the failure concerns no single pod
   */
  static void fail(DecisionDraft draft, String reason, PodFailure pod) {
    TestPodReleaseStatus status = draft.status;
    ValidationStatus validation = status.getValidation();
    long revision = status.getRevision();
    validation.setFailureReason(reason);
    if (Boolean.TRUE.equals(validation.getRollback())) {
      failRollback(draft, reason, pod);
      return;
    }

    FailureRecord failure = new FailureRecord(
        revision, status.getImage(), reason, validation.getStartedAt(), Timestamps.format(draft.now));
    failure.setFailedPod(FailedPods.toStatus(pod));
    status.setLastFailure(failure);
    status.setRejectedSpecHash(status.getSpecHash());
    String refusal = RollbackGuard.refusal(draft);
    String failed = "Revision " + revision + " (" + status.getImage() + ") failed validation: " + reason;
    if (refusal == null) {
      markHistory(draft, revision, HistoryResult.RolledBack, reason);
      long stable = status.getStableRevision();
      Snapshot target = draft.snapshot(stable).orElseThrow();
      draft.events.add(ReleaseEvent.warning(EventReason.ValidationFailed, failed + "."));
      draft.events.add(ReleaseEvent.warning(EventReason.RollbackStarted,
          "Rolling back to revision " + stable + " (" + target.image() + ") after revision " + revision + " failed."));
      start(draft, target, stable, false, true, "rollback after revision " + revision + " failed");
      return;
    }
    markHistory(draft, revision, HistoryResult.Failed, reason);
    status.setOutcome(Outcome.Failed);
    draft.requeueAfter = draft.idleRequeue;
    draft.events.add(ReleaseEvent.warning(EventReason.ValidationFailed, failed + "; " + refusal + "."));
    draft.outcome = OutcomeReports.failed(draft, failure);
  }

  private static void failRollback(DecisionDraft draft, String reason, PodFailure pod) {
    TestPodReleaseStatus status = draft.status;
    long revision = status.getRevision();
    markHistory(draft, revision, HistoryResult.Failed, "rollback failed: " + reason);
    status.setOutcome(Outcome.Failed);
    draft.requeueAfter = draft.idleRequeue;
    draft.events.add(ReleaseEvent.warning(EventReason.RollbackFailed, "Rollback to revision " + revision
        + " (" + status.getImage() + ") failed validation: " + reason + "; no further automatic action."));
    FailureRecord rollbackFailure = new FailureRecord(revision, status.getImage(), reason,
        status.getValidation().getStartedAt(), Timestamps.format(draft.now));
    rollbackFailure.setFailedPod(FailedPods.toStatus(pod));
    draft.outcome = OutcomeReports.failed(draft, rollbackFailure);
  }

  private static void markHistory(DecisionDraft draft, long revision, HistoryResult result, String reason) {
    draft.historyEntry(revision).ifPresent(entry -> {
      entry.setResult(result);
      entry.setReason(reason);
    });
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
