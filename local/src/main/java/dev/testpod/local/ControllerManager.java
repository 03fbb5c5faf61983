package dev.testpod.local;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the Deployment and ReplicaSet controllers and the garbage collector in one loop. Each pass
 * reads Deployments, ReplicaSets and pods straight from the API server, so it never acts on a stale
 * cache and never creates a pod twice.
 */
final class ControllerManager implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ControllerManager.class);
  private static final Duration SYNC_PERIOD = Duration.ofMillis(300);

  private final KubernetesClient client;
  private final Clock clock;
  private final DeploymentStatusWriter statusWriter;
  private final DeploymentController deployments;
  private final ReplicaSetController replicaSets;
  private final ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor(Kubelet.daemon("controllers"));

  ControllerManager(KubernetesClient client, Clock clock) {
    this.client = client;
    this.clock = clock;
    this.statusWriter = new DeploymentStatusWriter(client);
    this.deployments = new DeploymentController(client, statusWriter);
    this.replicaSets = new ReplicaSetController(client);
  }

  void start() {
    loop.scheduleWithFixedDelay(this::syncSafely, 0, SYNC_PERIOD.toMillis(), TimeUnit.MILLISECONDS);
    LOG.info("Deployment and ReplicaSet controllers started");
  }

  private void syncSafely() {
    try {
      sync();
    } catch (KubernetesClientException e) {
      LOG.debug("controller pass failed, retrying on the next pass", e);
    } catch (RuntimeException e) {
      LOG.warn("controller pass failed; retrying in {} ms", SYNC_PERIOD.toMillis(), e);
    }
  }

  /** Runs one pass: scale ReplicaSets, then keep pod counts, then write Deployment status from fresh counts. */
  void sync() {
    collectGarbage();
    List<Deployment> all = client.apps().deployments().inAnyNamespace().list().getItems();
    for (Deployment deployment : all) {
      deployments.scale(deployment, owned(deployment, replicaSetsNow(), podsNow()));
    }
    List<Pod> pods = podsNow();
    for (ReplicaSet replicaSet : replicaSetsNow()) {
      replicaSets.sync(view(replicaSet, pods));
    }
    List<ReplicaSet> replicaSetsAfter = replicaSetsNow();
    List<Pod> podsAfter = podsNow();
    for (Deployment deployment : client.apps().deployments().inAnyNamespace().list().getItems()) {
      deployments.writeStatus(deployment, owned(deployment, replicaSetsAfter, podsAfter), clock.instant());
    }
  }

  /** Deletes ReplicaSets whose Deployment and pods whose ReplicaSet no longer exist, as the garbage collector would. */
  private void collectGarbage() {
    Set<String> deploymentUids = uids(client.apps().deployments().inAnyNamespace().list().getItems());
    for (ReplicaSet replicaSet : replicaSetsNow()) {
      controller(replicaSet).filter(owner -> "Deployment".equals(owner.getKind()))
          .filter(owner -> !deploymentUids.contains(owner.getUid()))
          .ifPresent(owner -> client.apps().replicaSets().inNamespace(replicaSet.getMetadata().getNamespace())
              .withName(replicaSet.getMetadata().getName()).delete());
    }
    Set<String> replicaSetUids = uids(replicaSetsNow());
    for (Pod pod : podsNow()) {
      controller(pod).filter(owner -> "ReplicaSet".equals(owner.getKind()))
          .filter(owner -> !replicaSetUids.contains(owner.getUid()))
          .ifPresent(owner -> client.pods().inNamespace(pod.getMetadata().getNamespace())
              .withName(pod.getMetadata().getName()).delete());
    }
  }

  private List<ReplicaSetView> owned(Deployment deployment, List<ReplicaSet> replicaSets, List<Pod> pods) {
    return replicaSets.stream()
        .filter(replicaSet -> controller(replicaSet).map(OwnerReference::getUid)
            .filter(deployment.getMetadata().getUid()::equals).isPresent())
        .map(replicaSet -> view(replicaSet, pods))
        .toList();
  }

  private ReplicaSetView view(ReplicaSet replicaSet, List<Pod> pods) {
    List<Pod> owned = pods.stream()
        .filter(pod -> controller(pod).map(OwnerReference::getUid).filter(replicaSet.getMetadata().getUid()::equals)
            .isPresent())
        .toList();
    Integer minReadySeconds = replicaSet.getSpec().getMinReadySeconds();
    Instant now = clock.instant();
    return new ReplicaSetView(replicaSet, owned, now, minReadySeconds == null ? 0 : minReadySeconds);
  }

  private List<ReplicaSet> replicaSetsNow() {
    return client.apps().replicaSets().inAnyNamespace().list().getItems();
  }

  private List<Pod> podsNow() {
    return client.pods().inAnyNamespace().list().getItems().stream()
        .filter(pod -> pod.getMetadata().getDeletionTimestamp() == null)
        .toList();
  }

  private static Optional<OwnerReference> controller(HasMetadata resource) {
    return resource.getMetadata().getOwnerReferences().stream()
        .filter(owner -> Boolean.TRUE.equals(owner.getController()))
        .findFirst();
  }

  private static Set<String> uids(List<? extends HasMetadata> resources) {
    return resources.stream().map(resource -> resource.getMetadata().getUid()).collect(Collectors.toSet());
  }

  @Override
  public void close() {
    loop.shutdownNow();
    try {
      loop.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    LOG.info("controllers stopped");
  }
}
