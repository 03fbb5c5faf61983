package dev.testpod.local;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import java.time.Instant;
import java.util.Optional;

/** Readiness and availability of a pod as its status conditions tell them. */
final class PodConditions {

  private PodConditions() {}

  static boolean isReady(Pod pod) {
    return readyCondition(pod).map(condition -> "True".equals(condition.getStatus())).orElse(false);
  }

  /** Tells whether the pod has been ready for at least {@code minReadySeconds}. */
  static boolean isAvailable(Pod pod, int minReadySeconds, Instant now) {
    Optional<PodCondition> ready = readyCondition(pod).filter(condition -> "True".equals(condition.getStatus()));
    if (ready.isEmpty()) {
      return false;
    }
    if (minReadySeconds <= 0 || ready.get().getLastTransitionTime() == null) {
      return true;
    }
    return !Instant.parse(ready.get().getLastTransitionTime()).plusSeconds(minReadySeconds).isAfter(now);
  }

  private static Optional<PodCondition> readyCondition(Pod pod) {
    if (pod.getStatus() == null || pod.getStatus().getConditions() == null) {
      return Optional.empty();
    }
    return pod.getStatus().getConditions().stream().filter(condition -> "Ready".equals(condition.getType())).findFirst();
  }
}
