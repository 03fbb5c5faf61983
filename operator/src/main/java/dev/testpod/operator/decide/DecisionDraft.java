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
   * Returns the revision number for a rollout of {@code desired}. A stored snapshot newer than every
   * revision in the status was created by a reconcile whose status write then failed; when it
   * holds the same snapshot, its number is reused, so retrying that reconcile does not roll the same
   * spec out again under a new number.
   */
  long revisionFor(Snapshot desired) {
    long next = nextRevision();
    long newestStored = next - 1;
    Snapshot stored = observed.revisions().get(newestStored);
    boolean unrecorded = newestStored > revisionInStatus();
    return stored != null && unrecorded && stored.hash().equals(desired.hash()) ? newestStored : next;
  }

  long nextRevision() {
    long max = revisionInStatus();
    for (long revision : observed.revisions().keySet()) {
      max = Math.max(max, revision);
    }
    return max + 1;
  }

  private long revisionInStatus() {
    long max = 0;
    for (HistoryEntry entry : status.getHistory()) {
      max = Math.max(max, entry.getRevision());
    }
    if (status.getRevision() != null) {
      max = Math.max(max, status.getRevision());
    }
    if (status.getStableRevision() != null) {
      max = Math.max(max, status.getStableRevision());
    }
    return max;
  }

  String uid() {
    return release.getMetadata().getUid();
  }
}
