package dev.testpod.local;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentCondition;
import io.fabric8.kubernetes.api.model.apps.DeploymentConditionBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatus;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a Deployment's status as Kubernetes does: replica counts, observedGeneration, and the
 * Available and Progressing conditions, with {@code ProgressDeadlineExceeded} when the rollout made
 * no progress for {@code progressDeadlineSeconds}.
 */
final class DeploymentStatusWriter {

  private static final Logger LOG = LoggerFactory.getLogger(DeploymentStatusWriter.class);
  private static final int DEFAULT_PROGRESS_DEADLINE_SECONDS = 600;

  private final KubernetesClient client;
  /** Per Deployment uid: the last observed rollout counts and when they last changed. */
  private final Map<String, Progress> progress = new HashMap<>();

  private record Progress(String counts, Instant since) {}

  DeploymentStatusWriter(KubernetesClient client) {
    this.client = client;
  }

  void write(Deployment deployment, Optional<ReplicaSetView> newSet, List<ReplicaSetView> owned, Instant now) {
    int desired = DeploymentController.desiredReplicas(deployment);
    int replicas = owned.stream().mapToInt(ReplicaSetView::podCount).sum();
    int updated = newSet.map(ReplicaSetView::podCount).orElse(0);
    int ready = owned.stream().mapToInt(ReplicaSetView::ready).sum();
    int available = owned.stream().mapToInt(ReplicaSetView::available).sum();
    RolloutLimits limits = RolloutLimits.of(deployment, desired);
    String newSetName = newSet.map(ReplicaSetView::name).orElse(deployment.getMetadata().getName());
    Instant lastProgress = recordProgress(deployment, newSetName + " " + replicas + " " + updated + " " + available, now);
    boolean complete = newSet.isPresent() && updated == desired && replicas == desired && available == desired
        && newSet.get().desired() == desired;

    DeploymentStatus previous = deployment.getStatus();
    DeploymentCondition availableCondition = available >= desired - limits.maxUnavailable()
        ? condition(previous, "Available", "True", "MinimumReplicasAvailable", "Deployment has minimum availability.", now)
        : condition(previous, "Available", "False", "MinimumReplicasUnavailable",
            "Deployment does not have minimum availability.", now);
    DeploymentCondition progressingCondition = progressing(deployment, previous, newSetName, complete, lastProgress, now);

    DeploymentStatus status = new DeploymentStatusBuilder()
        .withObservedGeneration(deployment.getMetadata().getGeneration())
        .withReplicas(replicas)
        .withUpdatedReplicas(updated)
        .withReadyReplicas(ready)
        .withAvailableReplicas(available)
        .withUnavailableReplicas(Math.max(0, Math.max(replicas, desired) - available))
        .withConditions(availableCondition, progressingCondition)
        .build();
    if (Objects.equals(status, previous)) {
      return;
    }
    if (progressingCondition.getReason().equals("ProgressDeadlineExceeded") && !sameReason(previous, progressingCondition)) {
      LOG.info("deployment {}/{}: {}", deployment.getMetadata().getNamespace(), deployment.getMetadata().getName(),
          progressingCondition.getMessage());
    }
    client.apps().deployments().inNamespace(deployment.getMetadata().getNamespace())
        .withName(deployment.getMetadata().getName())
        .editStatus(latest -> {
          latest.setStatus(status);
          return latest;
        });
  }

  private DeploymentCondition progressing(Deployment deployment, DeploymentStatus previous, String newSetName,
      boolean complete, Instant lastProgress, Instant now) {
    if (complete) {
      return condition(previous, "Progressing", "True", "NewReplicaSetAvailable",
          "ReplicaSet \"" + newSetName + "\" has successfully progressed.", now);
    }
    Integer configured = deployment.getSpec().getProgressDeadlineSeconds();
    int deadlineSeconds = configured == null ? DEFAULT_PROGRESS_DEADLINE_SECONDS : configured;
    if (Duration.between(lastProgress, now).getSeconds() > deadlineSeconds) {
      return condition(previous, "Progressing", "False", "ProgressDeadlineExceeded",
          "ReplicaSet \"" + newSetName + "\" has timed out progressing.", now);
    }
    DeploymentCondition condition = condition(previous, "Progressing", "True", "ReplicaSetUpdated",
        "ReplicaSet \"" + newSetName + "\" is progressing.", now);
    condition.setLastUpdateTime(lastProgress.toString());
    return condition;
  }

  private Instant recordProgress(Deployment deployment, String counts, Instant now) {
    String uid = deployment.getMetadata().getUid();
    Progress known = progress.get(uid);
    if (known == null || !known.counts().equals(counts)) {
      known = new Progress(counts, now);
      progress.put(uid, known);
    }
    return known.since();
  }

  /** Builds a condition that keeps its previous transition and update times when nothing about it changed. */
  private static DeploymentCondition condition(DeploymentStatus previous, String type, String status, String reason,
      String message, Instant now) {
    Optional<DeploymentCondition> before = previous == null || previous.getConditions() == null
        ? Optional.empty()
        : previous.getConditions().stream().filter(condition -> type.equals(condition.getType())).findFirst();
    String transition = before.filter(condition -> status.equals(condition.getStatus()))
        .map(DeploymentCondition::getLastTransitionTime)
        .orElse(now.toString());
    String update = before.filter(condition -> reason.equals(condition.getReason()) && status.equals(condition.getStatus()))
        .map(DeploymentCondition::getLastUpdateTime)
        .orElse(now.toString());
    return new DeploymentConditionBuilder()
        .withType(type).withStatus(status).withReason(reason).withMessage(message)
        .withLastTransitionTime(transition).withLastUpdateTime(update)
        .build();
  }

  private static boolean sameReason(DeploymentStatus previous, DeploymentCondition condition) {
    return previous != null && previous.getConditions() != null && previous.getConditions().stream()
        .anyMatch(candidate -> condition.getType().equals(candidate.getType())
            && condition.getReason().equals(candidate.getReason()));
  }

  void forget(String uid) {
    progress.remove(uid);
  }
}
