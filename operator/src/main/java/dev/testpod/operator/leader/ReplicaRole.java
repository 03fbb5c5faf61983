package dev.testpod.operator.leader;

/** This replica's part in leader election, as {@code /readyz} reports it. */
public enum ReplicaRole {
  /** Leader election is off: this replica reconciles on its own. */
  STANDALONE,
  /** Holds the Lease and reconciles. */
  LEADER,
  /** Keeps its caches warm and waits for the Lease. */
  FOLLOWER
}
