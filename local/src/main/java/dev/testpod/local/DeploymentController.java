package dev.testpod.local;

import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rolls Deployments out the way Kubernetes' Deployment controller does, with one ReplicaSet per pod
 * template. A rolling update stays within maxSurge and maxUnavailable and scales old ReplicaSets down
 * only as new pods become available. A Recreate stops old pods first.
 */
final class DeploymentController {

  static final String TEMPLATE_HASH_LABEL = "pod-template-hash";
  private static final Logger LOG = LoggerFactory.getLogger(DeploymentController.class);

  private final KubernetesClient client;
  private final DeploymentStatusWriter statusWriter;

  DeploymentController(KubernetesClient client, DeploymentStatusWriter statusWriter) {
    this.client = client;
    this.statusWriter = statusWriter;
  }

  /**
   * Creates or scales ReplicaSets one step towards the Deployment's spec.
   *
   * @return true when a ReplicaSet was created or scaled, so the caller re-reads before writing status
   */
  boolean scale(Deployment deployment, List<ReplicaSetView> owned) {
    if (Boolean.TRUE.equals(deployment.getSpec().getPaused())) {
      return false;
    }
    String hash = PodTemplateHash.of(deployment.getSpec().getTemplate());
    Optional<ReplicaSetView> newSet = owned.stream().filter(view -> hash.equals(templateHash(view))).findFirst();
    long nextRevision = owned.stream().mapToLong(ReplicaSetView::revision).max().orElse(0) + 1;
    if (newSet.isEmpty()) {
      createReplicaSet(deployment, hash, nextRevision);
      return true;
    }
    boolean changed = markNewest(newSet.get(), owned, nextRevision);
    List<ReplicaSetView> old = owned.stream().filter(view -> view != newSet.get()).toList();
    int desired = desiredReplicas(deployment);
    boolean recreate = deployment.getSpec().getStrategy() != null
        && "Recreate".equals(deployment.getSpec().getStrategy().getType());
    ScalePlan plan = recreate
        ? ScalePlan.recreate(newSet.get(), old, desired)
        : ScalePlan.rollingUpdate(newSet.get(), old, desired, RolloutLimits.of(deployment, desired));
    for (Map.Entry<ReplicaSetView, Integer> step : plan.replicas().entrySet()) {
      if (step.getKey().desired() != step.getValue()) {
        scaleReplicaSet(step.getKey(), step.getValue());
        changed = true;
      }
    }
    return changed;
  }

  void writeStatus(Deployment deployment, List<ReplicaSetView> owned, Instant now) {
    String hash = PodTemplateHash.of(deployment.getSpec().getTemplate());
    Optional<ReplicaSetView> newSet = owned.stream().filter(view -> hash.equals(templateHash(view))).findFirst();
    statusWriter.write(deployment, newSet, owned, now);
  }

  static int desiredReplicas(Deployment deployment) {
    Integer replicas = deployment.getSpec().getReplicas();
    return replicas == null ? 1 : replicas;
  }

  private static String templateHash(ReplicaSetView view) {
    Map<String, String> labels = view.replicaSet().getMetadata().getLabels();
    return labels == null ? null : labels.get(TEMPLATE_HASH_LABEL);
  }

  private void createReplicaSet(Deployment deployment, String hash, long revision) {
    Map<String, String> labels = new HashMap<>();
    if (deployment.getSpec().getTemplate().getMetadata().getLabels() != null) {
      labels.putAll(deployment.getSpec().getTemplate().getMetadata().getLabels());
    }
    labels.put(TEMPLATE_HASH_LABEL, hash);
    PodTemplateSpec template = new PodTemplateSpecBuilder(deployment.getSpec().getTemplate())
        .editOrNewMetadata().withLabels(labels).endMetadata()
        .build();
    String name = deployment.getMetadata().getName() + "-" + hash;
    ReplicaSet replicaSet = new ReplicaSetBuilder()
        .withNewMetadata()
          .withName(name)
          .withNamespace(deployment.getMetadata().getNamespace())
          .withLabels(labels)
          .addToAnnotations(ReplicaSetView.REVISION_ANNOTATION, String.valueOf(revision))
          .withOwnerReferences(new OwnerReferenceBuilder()
              .withApiVersion("apps/v1").withKind("Deployment")
              .withName(deployment.getMetadata().getName()).withUid(deployment.getMetadata().getUid())
              .withController(true).withBlockOwnerDeletion(true)
              .build())
        .endMetadata()
        .withNewSpec()
          .withReplicas(0)
          .withMinReadySeconds(deployment.getSpec().getMinReadySeconds())
          .withNewSelector().withMatchLabels(labels).endSelector()
          .withTemplate(template)
        .endSpec()
        .build();
    client.apps().replicaSets().inNamespace(deployment.getMetadata().getNamespace()).resource(replicaSet).create();
    LOG.info("deployment {}/{}: created ReplicaSet {} (revision {})", deployment.getMetadata().getNamespace(),
        deployment.getMetadata().getName(), name, revision);
  }

  /** Gives a ReplicaSet that becomes current again (a rollback to its template) the newest revision. */
  private boolean markNewest(ReplicaSetView newSet, List<ReplicaSetView> owned, long nextRevision) {
    long newest = owned.stream().mapToLong(ReplicaSetView::revision).max().orElse(0);
    if (newSet.revision() == newest && owned.stream().filter(view -> view.revision() == newest).count() == 1) {
      return false;
    }
    client.apps().replicaSets().inNamespace(newSet.replicaSet().getMetadata().getNamespace()).withName(newSet.name())
        .edit(replicaSet -> {
          replicaSet.getMetadata().getAnnotations().put(ReplicaSetView.REVISION_ANNOTATION, String.valueOf(nextRevision));
          return replicaSet;
        });
    return true;
  }

  private void scaleReplicaSet(ReplicaSetView view, int replicas) {
    client.apps().replicaSets().inNamespace(view.replicaSet().getMetadata().getNamespace()).withName(view.name())
        .edit(replicaSet -> {
          replicaSet.getSpec().setReplicas(replicas);
          return replicaSet;
        });
    LOG.info("ReplicaSet {}/{} scaled from {} to {}", view.replicaSet().getMetadata().getNamespace(), view.name(),
        view.desired(), replicas);
  }

  /** Oldest revision first, the order in which old ReplicaSets are scaled down. */
  static final Comparator<ReplicaSetView> OLDEST_FIRST = Comparator.comparingLong(ReplicaSetView::revision);
}
