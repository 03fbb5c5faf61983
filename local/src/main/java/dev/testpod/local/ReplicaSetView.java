package dev.testpod.local;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import java.time.Instant;
import java.util.List;

/** A ReplicaSet with the pods it owns, counted the way the controllers need them. */
record ReplicaSetView(ReplicaSet replicaSet, List<Pod> pods, Instant now, int minReadySeconds) {

  static final String REVISION_ANNOTATION = "deployment.kubernetes.io/revision";

  int desired() {
    Integer replicas = replicaSet.getSpec().getReplicas();
    return replicas == null ? 1 : replicas;
  }

  int podCount() {
    return pods.size();
  }

  int ready() {
    return (int) pods.stream().filter(PodConditions::isReady).count();
  }

  int available() {
    return (int) pods.stream().filter(pod -> PodConditions.isAvailable(pod, minReadySeconds, now)).count();
  }

  long revision() {
    var annotations = replicaSet.getMetadata().getAnnotations();
    String value = annotations == null ? null : annotations.get(REVISION_ANNOTATION);
    try {
      return value == null ? 0 : Long.parseLong(value);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  String name() {
    return replicaSet.getMetadata().getName();
  }
}
