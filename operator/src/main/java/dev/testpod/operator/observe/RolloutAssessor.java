package dev.testpod.operator.observe;

import dev.testpod.api.ReleaseLabels;
import dev.testpod.operator.notification.PodFailure;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Assesses a Deployment and its pods against the revision being rolled out. Pure: no API calls. */
public final class RolloutAssessor {

  /** Container waiting reasons that mean the pod will not become ready without a new spec. */
  public static final Set<String> FAIL_FAST_REASONS = Set.of(
      "ImagePullBackOff", "ErrImagePull", "InvalidImageName", "CreateContainerConfigError", "CrashLoopBackOff");

  private static final String PROGRESS_DEADLINE_EXCEEDED = "ProgressDeadlineExceeded";

  private RolloutAssessor() {}

  public static RolloutProgress assess(Deployment deployment, List<Pod> pods, long revision, int desiredReplicas) {
    if (deployment == null || !Objects.equals(templateRevision(deployment), Long.toString(revision))) {
      return RolloutProgress.notStarted(revision);
    }
    List<Pod> live = pods.stream().filter(pod -> pod.getMetadata().getDeletionTimestamp() == null).toList();
    List<Pod> ofRevision = live.stream().filter(pod -> isRevision(pod, revision)).toList();
    long oldPods = live.size() - ofRevision.size();
    List<Pod> ready = ofRevision.stream().filter(RolloutAssessor::isReadyWithIp).toList();

    FailFast failFast = failFast(deployment, ofRevision);
    boolean complete = deploymentComplete(deployment, desiredReplicas)
        && ready.size() == desiredReplicas
        && ofRevision.size() == desiredReplicas
        && oldPods == 0;
    String description = ready.size() + " of " + desiredReplicas + " new pod(s) ready"
        + (oldPods > 0 ? ", " + oldPods + " old pod(s) still running" : "");
    List<Pod> unready = ofRevision.stream().filter(pod -> !isReadyWithIp(pod) && hasIp(pod)).toList();
    return new RolloutProgress(revision, complete, failFast == null ? null : failFast.reason(),
        failFast == null ? null : failFast.pod(), description, ready, unready);
  }

  /** A state that fails the rollout at once, as a sentence and as structured pod state. */
  private record FailFast(String reason, PodFailure pod) {}

  /** True when the Deployment's status describes its current spec, so its conditions are about this revision. */
  private static boolean observedCurrentSpec(Deployment deployment) {
    var status = deployment.getStatus();
    if (status == null) {
      return false;
    }
    Long generation = deployment.getMetadata().getGeneration();
    return generation == null
        || (status.getObservedGeneration() != null && status.getObservedGeneration() >= generation);
  }

  private static boolean deploymentComplete(Deployment deployment, int desiredReplicas) {
    var status = deployment.getStatus();
    return observedCurrentSpec(deployment)
        && orZero(status.getUpdatedReplicas()) == desiredReplicas
        && orZero(status.getAvailableReplicas()) == desiredReplicas
        && orZero(status.getReplicas()) == desiredReplicas
        && orZero(status.getUnavailableReplicas()) == 0;
  }

  private static FailFast failFast(Deployment deployment, List<Pod> pods) {
    for (Pod pod : pods) {
      Optional<FailFast> waiting = waitingState(pod);
      if (waiting.isPresent()) {
        return waiting.get();
      }
    }
    if (observedCurrentSpec(deployment) && deployment.getStatus().getConditions() != null) {
      for (DeploymentCondition condition : deployment.getStatus().getConditions()) {
        if ("Progressing".equals(condition.getType())
            && "False".equals(condition.getStatus())
            && PROGRESS_DEADLINE_EXCEEDED.equals(condition.getReason())) {
          String reason = "Deployment " + deployment.getMetadata().getName() + " reports " + PROGRESS_DEADLINE_EXCEEDED
              + (condition.getMessage() == null ? "" : ": " + condition.getMessage());
          return new FailFast(reason, stuckPod(pods));
        }
      }
    }
    return null;
  }

  /** Names the first pod of the revision that is not ready, the one the progress deadline is waiting for. */
  private static PodFailure stuckPod(List<Pod> pods) {
    return pods.stream()
        .filter(pod -> !isReadyWithIp(pod))
        .findFirst()
        .map(pod -> new PodFailure(pod.getMetadata().getName(), null, PROGRESS_DEADLINE_EXCEEDED, null, null, List.of()))
        .orElse(null);
  }

  private static Optional<FailFast> waitingState(Pod pod) {
    if (pod.getStatus() == null) {
      return Optional.empty();
    }
    List<ContainerStatus> statuses = new ArrayList<>();
    Stream.of(pod.getStatus().getInitContainerStatuses(), pod.getStatus().getContainerStatuses())
        .filter(Objects::nonNull)
        .forEach(statuses::addAll);
    for (ContainerStatus container : statuses) {
      var waiting = container.getState() == null ? null : container.getState().getWaiting();
      if (waiting != null && FAIL_FAST_REASONS.contains(waiting.getReason())) {
        String podName = pod.getMetadata().getName();
        PodFailure failure = new PodFailure(podName, container.getName(), waiting.getReason(),
            container.getRestartCount(), lastExitCode(container), List.of());
        return Optional.of(new FailFast("pod " + podName + " " + describe(failure, waiting.getMessage()), failure));
      }
    }
    return Optional.empty();
  }

  private static String describe(PodFailure failure, String message) {
    StringBuilder text = new StringBuilder("container ").append(failure.container())
        .append(" is in ").append(failure.reason());
    if (failure.restartCount() != null && failure.restartCount() > 0) {
      text.append(" after ").append(failure.restartCount())
          .append(failure.restartCount() == 1 ? " restart" : " restarts");
    }
    if (failure.lastExitCode() != null) {
      text.append(", last exit code ").append(failure.lastExitCode());
    }
    return text.append(message == null ? "" : ": " + message).toString();
  }

  private static Integer lastExitCode(ContainerStatus container) {
    var lastState = container.getLastState();
    return lastState == null || lastState.getTerminated() == null ? null : lastState.getTerminated().getExitCode();
  }

  private static boolean isRevision(Pod pod, long revision) {
    return Long.toString(revision).equals(pod.getMetadata().getLabels().get(ReleaseLabels.REVISION));
  }

  private static boolean isReadyWithIp(Pod pod) {
    if (pod.getStatus() == null || pod.getStatus().getPodIP() == null || pod.getStatus().getConditions() == null) {
      return false;
    }
    return pod.getStatus().getConditions().stream()
        .anyMatch(condition -> "Ready".equals(condition.getType()) && "True".equals(condition.getStatus()));
  }

  private static boolean hasIp(Pod pod) {
    return pod.getStatus() != null && pod.getStatus().getPodIP() != null;
  }

  private static String templateRevision(Deployment deployment) {
    var template = deployment.getSpec() == null ? null : deployment.getSpec().getTemplate();
    if (template == null || template.getMetadata() == null || template.getMetadata().getLabels() == null) {
      return null;
    }
    return template.getMetadata().getLabels().get(ReleaseLabels.REVISION);
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : value;
  }
}
