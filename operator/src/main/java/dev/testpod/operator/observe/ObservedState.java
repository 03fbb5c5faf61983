package dev.testpod.operator.observe;

import dev.testpod.operator.probe.ProbeRound;
import dev.testpod.operator.revision.Snapshot;
import java.util.Map;

/**
 * The cluster state observed for one release at the start of a reconcile.
 *
 * @param revisions stored snapshots by revision number
 * @param rollout progress towards the revision in {@code status.revision}, or null before the first rollout
 * @param probeRound the probe round run during this observation, or null when none was due
 */
public record ObservedState(Map<Long, Snapshot> revisions, RolloutProgress rollout, ProbeRound probeRound) {

  public ObservedState {
    revisions = Map.copyOf(revisions);
  }
}
