package dev.testpod.operator.observe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testpod.api.ReleaseLabels;
import dev.testpod.operator.notification.PodFailure;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentConditionBuilder;
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

  @Test
  void crashLoopReportsRestartsAndExitCode() {
    Pod crashing = new PodBuilder(ready("a", 2)).editStatus()
        .withConditions()
        .addNewContainerStatus().withName("app").withRestartCount(4)
          .withNewState().withNewWaiting().withReason("CrashLoopBackOff").withMessage("back-off 40s").endWaiting().endState()
          .withNewLastState().withNewTerminated().withExitCode(137).withReason("Error").endTerminated().endLastState()
        .endContainerStatus()
        .endStatus().build();

    RolloutProgress progress = RolloutAssessor.assess(deployment(1, 1, 0, 1), List.of(crashing), 2, 1);

    assertThat(progress.failFastReason())
        .isEqualTo("pod a container app is in CrashLoopBackOff after 4 restarts, last exit code 137: back-off 40s");
    PodFailure pod = progress.failFastPod();
    assertThat(pod.pod()).isEqualTo("a");
    assertThat(pod.container()).isEqualTo("app");
    assertThat(pod.reason()).isEqualTo("CrashLoopBackOff");
    assertThat(pod.restartCount()).isEqualTo(4);
    assertThat(pod.lastExitCode()).isEqualTo(137);
  }

  @Test
  void reportsPullFailureWithoutExitCode() {
    Pod pulling = new PodBuilder(ready("a", 2)).editStatus()
        .withConditions()
        .addNewContainerStatus().withName("app").withRestartCount(0).withNewState().withNewWaiting()
          .withReason("ErrImagePull").endWaiting().endState()
        .endContainerStatus()
        .endStatus().build();

    PodFailure pod = RolloutAssessor.assess(deployment(1, 1, 0, 1), List.of(pulling), 2, 1).failFastPod();

    assertThat(pod.reason()).isEqualTo("ErrImagePull");
    assertThat(pod.restartCount()).isZero();
    assertThat(pod.lastExitCode()).isNull();
  }

  @Test
  void namesWaitingPodWhenProgressDeadlineExceeded() {
    Deployment deployment = deployment(1, 1, 0, 1);
    deployment.getStatus().setConditions(List.of(new DeploymentConditionBuilder().withType("Progressing")
        .withStatus("False").withReason("ProgressDeadlineExceeded").withMessage("timed out").build()));
    Pod creating = new PodBuilder().withNewMetadata().withName("b").addToLabels(ReleaseLabels.REVISION, "2")
        .endMetadata().withNewStatus().withPhase("Pending").endStatus().build();

    RolloutProgress progress = RolloutAssessor.assess(deployment, List.of(creating), 2, 1);

    assertThat(progress.failFastReason()).isEqualTo("Deployment app reports ProgressDeadlineExceeded: timed out");
    assertThat(progress.failFastPod().pod()).isEqualTo("b");
    assertThat(progress.failFastPod().reason()).isEqualTo("ProgressDeadlineExceeded");
    assertThat(progress.failFastPod().container()).isNull();
  }

  @Test
  void listsRunningPodsThatAreNotReady() {
    Pod unready = new PodBuilder(ready("a", 2)).editStatus()
        .withConditions().addNewCondition().withType("Ready").withStatus("False").endCondition()
        .endStatus().build();
    Pod pending = new PodBuilder().withNewMetadata().withName("b").addToLabels(ReleaseLabels.REVISION, "2")
        .endMetadata().withNewStatus().withPhase("Pending").endStatus().build();

    RolloutProgress progress = RolloutAssessor.assess(deployment(2, 2, 0, 2), List.of(unready, pending), 2, 2);

    assertThat(progress.newPods()).isEmpty();
    assertThat(progress.unreadyPods()).extracting(pod -> pod.getMetadata().getName()).containsExactly("a");
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
