package dev.testpod.operator.observe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testpod.api.ReleaseLabels;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class RolloutAssessorTest {

  @Test
  void completeWhenAllReplicasNewAndReady() {
    RolloutProgress progress = RolloutAssessor.assess(deployment(2, 2, 2, 2), List.of(ready("a", 2), ready("b", 2)), 2, 2);

    assertThat(progress.complete()).isTrue();
    assertThat(progress.newPods()).hasSize(2);
    assertThat(progress.failFastReason()).isNull();
  }

  @Test
  void incompleteWhileOldPodRemains() {
    RolloutProgress progress = RolloutAssessor.assess(
        deployment(2, 2, 2, 2), List.of(ready("a", 2), ready("b", 2), ready("old", 1)), 2, 2);

    assertThat(progress.complete()).isFalse();
    assertThat(progress.description()).isEqualTo("2 of 2 new pod(s) ready, 1 old pod(s) still running");
  }

  @Test
  void incompleteWhenDeploymentStatusLagsTheSpec() {
    Deployment deployment = deployment(1, 1, 1, 1);
    deployment.getMetadata().setGeneration(5L);

    assertThat(RolloutAssessor.assess(deployment, List.of(ready("a", 2)), 2, 1).complete()).isFalse();
  }

  @Test
  void notStartedWhenTemplateRunsAnotherRevision() {
    RolloutProgress progress = RolloutAssessor.assess(deployment(1, 1, 1, 1), List.of(ready("a", 1)), 3, 1);

    assertThat(progress.complete()).isFalse();
    assertThat(progress.description()).isEqualTo("the Deployment does not run revision 3 yet");
  }

  @Test
  void namesPodAndReasonOfFailFastState() {
    Pod pulling = new PodBuilder(ready("a", 2)).editStatus()
        .withConditions()
        .addNewContainerStatus().withName("app").withNewState().withNewWaiting()
          .withReason("ImagePullBackOff").withMessage("Back-off pulling image").endWaiting().endState()
        .endContainerStatus()
        .endStatus().build();

    RolloutProgress progress = RolloutAssessor.assess(deployment(1, 1, 0, 1), List.of(pulling), 2, 1);

    assertThat(progress.failFastReason())
        .isEqualTo("pod a container app is in ImagePullBackOff: Back-off pulling image");
  }

  private static Deployment deployment(int replicas, int updated, int available, int total) {
    return new DeploymentBuilder()
        .withNewMetadata().withName("app").withGeneration(4L).endMetadata()
        .withNewSpec().withReplicas(replicas).withNewTemplate().withNewMetadata()
          .addToLabels(ReleaseLabels.REVISION, "2").endMetadata().endTemplate().endSpec()
        .withNewStatus().withObservedGeneration(4L).withReplicas(total).withUpdatedReplicas(updated)
          .withAvailableReplicas(available).withUnavailableReplicas(replicas - available).endStatus()
        .build();
  }

  private static Pod ready(String name, long revision) {
    return new PodBuilder()
        .withNewMetadata().withName(name).addToLabels(ReleaseLabels.REVISION, Long.toString(revision)).endMetadata()
        .withNewStatus().withPodIP("127.0.1.9").addNewCondition().withType("Ready").withStatus("True").endCondition()
        .endStatus().build();
  }
}
