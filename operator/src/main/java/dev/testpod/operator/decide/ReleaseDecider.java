package dev.testpod.operator.decide;

import dev.testpod.api.EventReason;
import dev.testpod.api.Outcome;
import dev.testpod.api.Phase;
import dev.testpod.api.ReleaseLabels;
import dev.testpod.api.TestPodReleaseStatus;
import dev.testpod.operator.observe.ProbeSchedule;
import dev.testpod.operator.revision.Snapshot;
import dev.testpod.operator.spec.SpecViolation;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Decides what one reconcile does. A pure function of the release (spec, annotations, status), the
 * observed cluster state and the current time: it calls no API and reads no clock.
 */
public final class ReleaseDecider {

  public Decision decide(DecisionInput input) {
    DecisionDraft draft = new DecisionDraft(input);
    if (!input.violations().isEmpty()) {
      markInvalid(draft, input);
    } else if (draft.spec.paused()) {
      draft.phaseOverride = Phase.Paused;
    } else if (!ManualRollback.apply(draft)) {
      rollOutOrValidate(draft);
    }
    return DecisionFinisher.finish(draft);
  }

  private static void rollOutOrValidate(DecisionDraft draft) {
    TestPodReleaseStatus status = draft.status;
    Snapshot desired = Snapshot.of(draft.release.getSpec());
    String hash = desired.hash();
    boolean retry = consumeRetry(draft, hash);
    boolean changed = !hash.equals(status.getSpecHash()) && !hash.equals(status.getRejectedSpecHash());
    if (status.getRevision() == null || changed) {
      String reason = status.getRevision() == null ? "first rollout" : "spec changed";
      RolloutTransitions.start(draft, desired, draft.nextRevision(desired), true, false, reason);
    } else if (retry) {
      status.setRejectedSpecHash(null);
      RolloutTransitions.start(draft, desired, draft.nextRevision(desired), true, false,
          "retry requested with annotation " + ReleaseLabels.RETRY);
    } else if (ProbeSchedule.validationRunning(status)) {
      restartWindowAfterPause(draft);
      RolloutTransitions.continueValidation(draft);
    } else {
      keepRunning(draft, hash);
    }
  }

  /**
   * Gives a validation that was paused a fresh deadline, because time spent paused is no evidence
   * about the revision and an expired deadline would fail it the moment the release resumes.
   */
  private static void restartWindowAfterPause(DecisionDraft draft) {
    if (draft.previous.getPhase() != Phase.Paused) {
      return;
    }
    var validation = draft.status.getValidation();
    validation.setDeadline(Timestamps.format(draft.now.plus(draft.spec.timeout())));
    validation.setConsecutiveSuccesses(0);
  }

  /** Consumes a new retry value; returns true when the current spec should be rolled out again. */
  private static boolean consumeRetry(DecisionDraft draft, String hash) {
    String value = annotations(draft).get(ReleaseLabels.RETRY);
    if (value == null) {
      return false;
    }
    draft.annotationsToRemove.add(ReleaseLabels.RETRY);
    TestPodReleaseStatus status = draft.status;
    if (value.equals(status.getRetryToken())) {
      return false;
    }
    status.setRetryToken(value);
    boolean alreadyGood = status.getOutcome() == Outcome.Succeeded && hash.equals(status.getSpecHash());
    return !ProbeSchedule.validationRunning(status) && !alreadyGood;
  }

  private static void keepRunning(DecisionDraft draft, String hash) {
    TestPodReleaseStatus status = draft.status;
    if (hash.equals(status.getSpecHash())) {
      status.setRejectedSpecHash(null);
    }
    long revision = status.getRevision();
    var snapshot = draft.snapshot(revision);
    if (snapshot.isEmpty() && hash.equals(status.getSpecHash())) {
      snapshot = java.util.Optional.of(Snapshot.of(draft.release.getSpec()));
      draft.newSnapshot = snapshot.get();
    }
    snapshot.ifPresent(found -> draft.workload = new Workload(revision, found, draft.spec.replicas()));
  }

  private static void markInvalid(DecisionDraft draft, DecisionInput input) {
    draft.phaseOverride = Phase.Invalid;
    String violations = input.violations().stream().map(SpecViolation::describe).collect(Collectors.joining("; "));
    Long running = draft.status.getRevision();
    draft.messageOverride = "Invalid spec: " + violations + "; fix the spec"
        + (running == null ? "." : ", revision " + running + " keeps running untouched.");
    boolean sameAsBefore = draft.previous.getPhase() == Phase.Invalid
        && Objects.equals(draft.previous.getMessage(), draft.messageOverride);
    if (!sameAsBefore) {
      draft.events.add(ReleaseEvent.warning(EventReason.InvalidSpec, violations));
    }
  }

  static Map<String, String> annotations(DecisionDraft draft) {
    Map<String, String> annotations = draft.release.getMetadata().getAnnotations();
    return annotations == null ? Map.of() : annotations;
  }
}
