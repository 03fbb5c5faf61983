package dev.testpod.operator.leader;

import io.fabric8.kubernetes.client.extended.leaderelection.LeaderCallbacks;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Follows the leader election callbacks so health checks and logs can report this replica's role. */
public final class LeadershipTracker {

  private static final Logger LOG = LoggerFactory.getLogger(LeadershipTracker.class);

  private final String identity;
  private final AtomicReference<ReplicaRole> role;
  private final AtomicReference<String> leader = new AtomicReference<>();
  private final AtomicBoolean shuttingDown = new AtomicBoolean();
  private volatile Runnable onLeaseLost = () -> { };

  private LeadershipTracker(String identity, ReplicaRole initial) {
    this.identity = identity;
    this.role = new AtomicReference<>(initial);
  }

  /** Creates a tracker for a replica that takes part in leader election; it starts as a follower. */
  public static LeadershipTracker electing(String identity) {
    return new LeadershipTracker(identity, ReplicaRole.FOLLOWER);
  }

  /** Creates a tracker for a replica that reconciles without leader election. */
  public static LeadershipTracker standalone(String identity) {
    return new LeadershipTracker(identity, ReplicaRole.STANDALONE);
  }

  public String identity() {
    return identity;
  }

  public ReplicaRole role() {
    return role.get();
  }

  /** Returns the identity of the current leader as last seen in the Lease, if any was seen. */
  public Optional<String> leader() {
    return Optional.ofNullable(leader.get());
  }

  /**
   * Sets what runs when this replica loses the Lease before its shutdown began. Production ends
   * the JVM there, so that a replica that lost the Lease never reconciles beside the new leader.
   */
  public void onLeaseLost(Runnable action) {
    onLeaseLost = action;
  }

  /** Marks the start of shutdown: giving up the Lease from now on is expected and runs no action. */
  public void shuttingDown() {
    shuttingDown.set(true);
  }

  /** Callbacks for the fabric8 leader elector that JOSDK runs. */
  public LeaderCallbacks callbacks() {
    return new LeaderCallbacks(this::startedLeading, this::stoppedLeading, this::leaderChanged);
  }

  private void startedLeading() {
    role.set(ReplicaRole.LEADER);
    LOG.info("Replica {} became the leader and starts reconciling", identity);
  }

  private void stoppedLeading() {
    role.set(ReplicaRole.FOLLOWER);
    if (shuttingDown.get()) {
      LOG.info("Replica {} stopped leading because it shuts down", identity);
      return;
    }
    LOG.warn("Replica {} lost the Lease and stops reconciling", identity);
    onLeaseLost.run();
  }

  private void leaderChanged(String newLeader) {
    leader.set(newLeader);
  }
}
