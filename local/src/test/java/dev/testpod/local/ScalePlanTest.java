package dev.testpod.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rolling-update steps with maxSurge 1 and maxUnavailable 0 over 2 replicas, the operator's strategy. */
class ScalePlanTest {

  private static final RolloutLimits SURGE_ONE = new RolloutLimits(1, 0);

  @Test
  void firstStepSurgesOneNewPod() {
    ReplicaSetView old = view("old", 1, 2, 2);
    ReplicaSetView fresh = view("new", 2, 0, 0);

    ScalePlan plan = ScalePlan.rollingUpdate(fresh, List.of(old), 2, SURGE_ONE);

    assertThat(plan.replicas().get(fresh)).isEqualTo(1);
    assertThat(plan.replicas().get(old)).isEqualTo(2);
  }

  @Test
  void keepsOldPodsWhileNewPodIsUnavailable() {
    ReplicaSetView old = view("old", 1, 2, 2);
    ReplicaSetView fresh = view("new", 2, 1, 0);

    ScalePlan plan = ScalePlan.rollingUpdate(fresh, List.of(old), 2, SURGE_ONE);

    assertThat(plan.replicas().get(fresh)).isEqualTo(1);
    assertThat(plan.replicas().get(old)).isEqualTo(2);
  }

  @Test
  void scalesOldDownOnceNewPodIsAvailable() {
    ReplicaSetView old = view("old", 1, 2, 2);
    ReplicaSetView fresh = view("new", 2, 1, 1);

    ScalePlan plan = ScalePlan.rollingUpdate(fresh, List.of(old), 2, SURGE_ONE);

    assertThat(plan.replicas().get(old)).isEqualTo(1);
  }

  @Test
  void rollbackRemovesUnavailablePodsOfFailedSet() {
    ReplicaSetView failed = view("failed", 2, 1, 0);
    ReplicaSetView restored = view("restored", 3, 2, 2);

    ScalePlan plan = ScalePlan.rollingUpdate(restored, List.of(failed), 2, SURGE_ONE);

    assertThat(plan.replicas().get(restored)).isEqualTo(2);
    assertThat(plan.replicas().get(failed)).isZero();
  }

  @Test
  void recreateStartsNewPodsOnlyAfterOldOnesAreGone() {
    ReplicaSetView old = view("old", 1, 2, 2);
    ReplicaSetView fresh = view("new", 2, 0, 0);

    ScalePlan first = ScalePlan.recreate(fresh, List.of(old), 2);
    ReplicaSetView oldGone = view("old", 1, 0, 0);
    ScalePlan second = ScalePlan.recreate(fresh, List.of(oldGone), 2);

    assertThat(first.replicas().get(old)).isZero();
    assertThat(first.replicas().get(fresh)).isZero();
    assertThat(second.replicas().get(fresh)).isEqualTo(2);
  }

  @Test
  void percentagesRoundSurgeUpAndUnavailableDown() {
    assertThat(RolloutLimits.resolve(null, 2, true)).isEqualTo(1);
    assertThat(RolloutLimits.resolve(null, 2, false)).isZero();
    assertThat(RolloutLimits.resolve(new IntOrString("50%"), 3, false)).isEqualTo(1);
  }

  /** Builds a ReplicaSet that wants and has {@code pods} pods, {@code available} of them ready. */
  private static ReplicaSetView view(String name, long revision, int pods, int available) {
    ReplicaSet replicaSet = new ReplicaSetBuilder()
        .withNewMetadata().withName(name).addToAnnotations(ReplicaSetView.REVISION_ANNOTATION, String.valueOf(revision))
        .endMetadata()
        .withNewSpec().withReplicas(pods).endSpec()
        .build();
    List<Pod> owned = new ArrayList<>();
    for (int i = 0; i < pods; i++) {
      owned.add(new PodBuilder().withNewMetadata().withName(name + "-" + i).endMetadata()
          .withNewStatus().addNewCondition().withType("Ready").withStatus(i < available ? "True" : "False").endCondition()
          .endStatus()
          .build());
    }
    return new ReplicaSetView(replicaSet, owned, Instant.parse("2026-12-04T10:00:00Z"), 0);
  }
}
