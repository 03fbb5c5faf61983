package dev.testpod.operator.leader;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.extended.leaderelection.LeaderCallbacks;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LeadershipTrackerTest {

  @Test
  void callbacksSetRoleAndLeader() {
    LeadershipTracker tracker = LeadershipTracker.electing("replica-a");
    LeaderCallbacks callbacks = tracker.callbacks();
    assertThat(tracker.role()).isEqualTo(ReplicaRole.FOLLOWER);
    assertThat(tracker.leader()).isEmpty();

    callbacks.onNewLeader("replica-a");
    callbacks.onStartLeading();

    assertThat(tracker.role()).isEqualTo(ReplicaRole.LEADER);
    assertThat(tracker.leader()).contains("replica-a");
  }

  @Test
  void lostLeaseRunsActionBeforeShutdown() {
    LeadershipTracker tracker = LeadershipTracker.electing("replica-a");
    AtomicInteger lost = new AtomicInteger();
    tracker.onLeaseLost(lost::incrementAndGet);
    tracker.callbacks().onStartLeading();

    tracker.callbacks().onStopLeading();

    assertThat(lost).hasValue(1);
    assertThat(tracker.role()).isEqualTo(ReplicaRole.FOLLOWER);
  }

  @Test
  void leaseGivenUpOnShutdownRunsNoAction() {
    LeadershipTracker tracker = LeadershipTracker.electing("replica-a");
    AtomicInteger lost = new AtomicInteger();
    tracker.onLeaseLost(lost::incrementAndGet);
    tracker.callbacks().onStartLeading();

    tracker.shuttingDown();
    tracker.callbacks().onStopLeading();

    assertThat(lost).hasValue(0);
    assertThat(tracker.role()).isEqualTo(ReplicaRole.FOLLOWER);
  }

  @Test
  void standaloneReplicaReportsItsRole() {
    assertThat(LeadershipTracker.standalone("replica-a").role()).isEqualTo(ReplicaRole.STANDALONE);
  }
}
