package dev.testpod.operator.decide;

import dev.testpod.api.HistoryEntry;
import dev.testpod.api.Phase;
import dev.testpod.api.TestPodRelease;
import dev.testpod.api.TestPodReleaseStatus;
import dev.testpod.operator.notification.OutcomeReport;
import dev.testpod.operator.observe.ObservedState;
import dev.testpod.operator.observe.RolloutProgress;
import dev.testpod.operator.revision.Snapshot;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The decision under construction: a working copy of the status plus the side effects collected so far. */
final class DecisionDraft {

  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  final TestPodRelease release;
  final EffectiveSpec spec;
  final ObservedState observed;
  final Instant now;
  final Duration idleRequeue;
  final TestPodReleaseStatus previous;
  final TestPodReleaseStatus status;
  final List<ReleaseEvent> events = new ArrayList<>();
  final Set<String> annotationsToRemove = new LinkedHashSet<>();
  Workload workload;
  Snapshot newSnapshot;
  OutcomeReport outcome;
  Duration requeueAfter;
  Phase phaseOverride;
  String messageOverride;

  DecisionDraft(DecisionInput input) {
    this.release = input.release();
    this.spec = new EffectiveSpec(input.release().getSpec());
    this.observed = input.observed();
    this.now = input.now();
    this.idleRequeue = input.idleRequeue();
    this.previous = input.release().getStatus() == null ? new TestPodReleaseStatus() : input.release().getStatus();
    this.status = SERIALIZATION.convertValue(previous, TestPodReleaseStatus.class);
    if (status.getHistory() == null) {
      status.setHistory(new ArrayList<>());
    }
    if (status.getConditions() == null) {
      status.setConditions(new ArrayList<>());
    }
    this.requeueAfter = idleRequeue;
  }

  /** Returns the rollout progress of the running revision, or "not started" when none was observed. */
  RolloutProgress rollout() {
    RolloutProgress rollout = observed.rollout();
    long revision = status.getRevision() == null ? 0 : status.getRevision();
    if (rollout == null || rollout.revision() != revision) {
      return RolloutProgress.notStarted(revision);
    }
    return rollout;
  }

  /** Returns the newest history entry of {@code revision}. */
  Optional<HistoryEntry> historyEntry(long revision) {
    return status.getHistory().stream().filter(entry -> entry.getRevision() == revision).findFirst();
  }

  Optional<Snapshot> snapshot(long revision) {
    if (newSnapshot != null && status.getRevision() != null && status.getRevision() == revision) {
      return Optional.of(newSnapshot);
    }
    return Optional.ofNullable(observed.revisions().get(revision));
  }

  /**
   * Returns the revision number for rolling out {@code desired}. A ControllerRevision numbered
   * above every revision the status records was created by a reconcile whose status write was
   * lost, for example to a 409 conflict; when it contains {@code desired} its number is reused, so
   * a retried reconcile does not skip a revision number.
   */
  long nextRevision(Snapshot desired) {
    long recorded = 0;
    for (HistoryEntry entry : status.getHistory()) {
      recorded = Math.max(recorded, entry.getRevision());
    }
    if (status.getRevision() != null) {
      recorded = Math.max(recorded, status.getRevision());
    }
    if (status.getStableRevision() != null) {
      recorded = Math.max(recorded, status.getStableRevision());
    }
    long max = recorded;
    for (var stored : observed.revisions().entrySet()) {
      if (stored.getKey() > recorded && stored.getValue().hash().equals(desired.hash())) {
        return stored.getKey();
      }
      max = Math.max(max, stored.getKey());
    }
    return max + 1;
  }

  String uid() {
    return release.getMetadata().getUid();
  }
}
