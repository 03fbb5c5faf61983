package dev.testpod.local;

import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetStatus;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Keeps the number of pods of each ReplicaSet at its replicas and writes the ReplicaSet's status. */
final class ReplicaSetController {

  private static final String SUFFIX_ALPHABET = "bcdfghjklmnpqrstvwxz2456789";
  private static final String NODE_NAME = "local";

  private final KubernetesClient client;
  private final SecureRandom random = new SecureRandom();

  ReplicaSetController(KubernetesClient client) {
    this.client = client;
  }

  void sync(ReplicaSetView view) {
    int missing = view.desired() - view.podCount();
    for (int i = 0; i < missing; i++) {
      createPod(view.replicaSet());
    }
    if (missing < 0) {
      deleteExtraPods(view.pods(), -missing);
    }
    writeStatus(view);
  }

  private void createPod(ReplicaSet replicaSet) {
    var template = replicaSet.getSpec().getTemplate();
    Pod pod = new PodBuilder()
        .withNewMetadata()
          .withName(replicaSet.getMetadata().getName() + "-" + suffix())
          .withNamespace(replicaSet.getMetadata().getNamespace())
          .withLabels(template.getMetadata().getLabels())
          .withAnnotations(template.getMetadata().getAnnotations())
          .withOwnerReferences(new OwnerReferenceBuilder()
              .withApiVersion("apps/v1").withKind("ReplicaSet")
              .withName(replicaSet.getMetadata().getName()).withUid(replicaSet.getMetadata().getUid())
              .withController(true).withBlockOwnerDeletion(true)
              .build())
        .endMetadata()
        .withSpec(template.getSpec())
        .editSpec().withNodeName(NODE_NAME).endSpec()
        .build();
    client.pods().inNamespace(pod.getMetadata().getNamespace()).resource(pod).create();
  }

  /** Deletes pods that are not ready first, then the newest, as the ReplicaSet controller prefers. */
  private void deleteExtraPods(List<Pod> pods, int count) {
    pods.stream()
        .sorted(Comparator.comparing(PodConditions::isReady)
            .thenComparing((Pod pod) -> pod.getMetadata().getCreationTimestamp(), Comparator.reverseOrder()))
        .limit(count)
        .forEach(pod -> client.pods().inNamespace(pod.getMetadata().getNamespace()).withName(pod.getMetadata().getName())
            .delete());
  }

  private void writeStatus(ReplicaSetView view) {
    ReplicaSet replicaSet = view.replicaSet();
    ReplicaSetStatus status = new ReplicaSetStatusBuilder()
        .withReplicas(view.podCount())
        .withFullyLabeledReplicas(view.podCount())
        .withReadyReplicas(view.ready())
        .withAvailableReplicas(view.available())
        .withObservedGeneration(replicaSet.getMetadata().getGeneration())
        .build();
    if (Objects.equals(status, replicaSet.getStatus())) {
      return;
    }
    client.apps().replicaSets().inNamespace(replicaSet.getMetadata().getNamespace())
        .withName(replicaSet.getMetadata().getName())
        .editStatus(latest -> {
          latest.setStatus(status);
          return latest;
        });
  }

  private String suffix() {
    StringBuilder suffix = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      suffix.append(SUFFIX_ALPHABET.charAt(random.nextInt(SUFFIX_ALPHABET.length())));
    }
    return suffix.toString();
  }
}
