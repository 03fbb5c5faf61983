package dev.testpod.operator.support;

import dev.testpod.api.ReleaseLabels;
import dev.testpod.operator.probe.PodEndpointResolver;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentConditionBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatus;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays the Deployment controller against the mock API server, with a {@link SimulatedKubelet} for
 * the pods. Every tick it moves each Deployment one step through a rolling update that honours
 * maxSurge and maxUnavailable and writes the Deployment status.
 */
public final class ClusterSimulator implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ClusterSimulator.class);
  private static final long TICK_MILLIS = 100;

  private final KubernetesClient client;
  private final SimulatedKubelet kubelet;
  private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
  private final Map<String, String> maxUnavailableOverrides = new ConcurrentHashMap<>();
  private final Set<String> deletedPods = ConcurrentHashMap.newKeySet();
  private final AtomicInteger podCounter = new AtomicInteger();

  public ClusterSimulator(KubernetesClient client) {
    this.client = client;
    this.kubelet = new SimulatedKubelet(client);
    ticker.scheduleWithFixedDelay(this::tickSafely, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** Makes pods of {@code image} behave as given; unknown images are {@link PodBehavior#HEALTHY}. */
  public void behave(String image, PodBehavior behavior) {
    kubelet.behave(image, behavior);
  }

  /** Lets at most {@code limit} pods of {@code image} become ready. */
  public void limitReadyPods(String image, int limit) {
    kubelet.limitReadyPods(image, limit);
  }

  public void removeReadyLimit(String image) {
    kubelet.removeReadyLimit(image);
  }

  /** Makes the running pods of {@code image} return 503 from their readiness endpoint from now on. */
  public void breakRunningPods(String image) {
    kubelet.breakRunningPods(image);
  }

  public FakePodServer server(Pod pod) {
    return kubelet.server(pod);
  }

  /** Makes the rolling update of the Deployment in {@code namespace} use this maxUnavailable instead of its own. */
  public void overrideMaxUnavailable(String namespace, String value) {
    maxUnavailableOverrides.put(namespace, value);
  }

  /** Resolves a pod to its fake server, at the pod's IP and the server's ephemeral port. */
  public PodEndpointResolver endpointResolver() {
    return (pod, port) -> kubelet.baseUri(pod);
  }

  /** Names of the pods the simulated controller deleted, as namespace/name. */
  public Set<String> deletedPods() {
    return Set.copyOf(deletedPods);
  }

  private void tickSafely() {
    try {
      for (Deployment deployment : client.apps().deployments().inAnyNamespace().list().getItems()) {
        tick(deployment);
      }
    } catch (RuntimeException e) {
      LOG.debug("Simulator tick failed; the next tick retries", e);
    }
  }

  private void tick(Deployment deployment) {
    String namespace = deployment.getMetadata().getNamespace();
    String release = deployment.getMetadata().getName();
    String revision = deployment.getSpec().getTemplate().getMetadata().getLabels().get(ReleaseLabels.REVISION);
    int replicas = deployment.getSpec().getReplicas();
    List<Pod> pods = client.pods().inNamespace(namespace).withLabel(ReleaseLabels.RELEASE, release).list().getItems();
    pods.forEach(kubelet::advance);
    pods = client.pods().inNamespace(namespace).withLabel(ReleaseLabels.RELEASE, release).list().getItems();

    List<Pod> current = pods.stream().filter(pod -> revision.equals(revisionOf(pod))).toList();
    List<Pod> old = pods.stream().filter(pod -> !revision.equals(revisionOf(pod))).toList();
    int surge = percent(deployment.getSpec().getStrategy().getRollingUpdate().getMaxSurge(), replicas, true);
    int maxUnavailable = percent(maxUnavailable(deployment), replicas, false);
    long ready = pods.stream().filter(ClusterSimulator::isReady).count();

    if (current.size() > replicas) {
      delete(current.stream().min(Comparator.comparing(ClusterSimulator::isReady)).orElseThrow());
    } else if (current.size() < replicas && pods.size() < replicas + surge) {
      createPod(deployment, revision);
    }
    if (!old.isEmpty()) {
      Pod victim = old.stream().min(Comparator.comparing(ClusterSimulator::isReady)).orElseThrow();
      long readyAfter = ready - (isReady(victim) ? 1 : 0);
      if (readyAfter >= replicas - maxUnavailable) {
        delete(victim);
      }
    }
    writeDeploymentStatus(deployment, revision, replicas);
  }

  private IntOrString maxUnavailable(Deployment deployment) {
    String override = maxUnavailableOverrides.get(deployment.getMetadata().getNamespace());
    return override != null ? new IntOrString(override) : deployment.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable();
  }

  private void createPod(Deployment deployment, String revision) {
    var template = deployment.getSpec().getTemplate();
    String name = deployment.getMetadata().getName() + "-" + revision + "-" + podCounter.incrementAndGet();
    Pod pod = new PodBuilder()
        .withNewMetadata()
          .withName(name)
          .withNamespace(deployment.getMetadata().getNamespace())
          .withLabels(template.getMetadata().getLabels())
        .endMetadata()
        .withSpec(template.getSpec())
        .withNewStatus()
          .withPhase("Pending")
          .withContainerStatuses(SimulatedKubelet.waiting(template.getSpec().getContainers().get(0).getImage(), "ContainerCreating", null))
        .endStatus()
        .build();
    client.resource(pod).create();
  }

  private void delete(Pod pod) {
    client.resource(pod).delete();
    deletedPods.add(key(pod));
    kubelet.forget(pod);
  }

  private void writeDeploymentStatus(Deployment deployment, String revision, int replicas) {
    String namespace = deployment.getMetadata().getNamespace();
    List<Pod> pods = client.pods().inNamespace(namespace)
        .withLabel(ReleaseLabels.RELEASE, deployment.getMetadata().getName()).list().getItems();
    int updated = (int) pods.stream().filter(pod -> revision.equals(revisionOf(pod))).count();
    int available = (int) pods.stream().filter(ClusterSimulator::isReady).count();
    boolean stuck = pods.stream()
        .filter(pod -> revision.equals(revisionOf(pod)))
        .anyMatch(kubelet::stuckPastDeadline);
    List<io.fabric8.kubernetes.api.model.apps.DeploymentCondition> conditions = new ArrayList<>();
    conditions.add(new DeploymentConditionBuilder().withType("Progressing")
        .withStatus(stuck ? "False" : "True")
        .withReason(stuck ? "ProgressDeadlineExceeded" : "ReplicaSetUpdated")
        .withMessage(stuck ? "ReplicaSet has timed out progressing." : "progressing").build());
    DeploymentStatus status = new DeploymentStatusBuilder()
        .withObservedGeneration(deployment.getMetadata().getGeneration())
        .withReplicas(pods.size())
        .withUpdatedReplicas(updated)
        .withReadyReplicas(available)
        .withAvailableReplicas(available)
        .withUnavailableReplicas(Math.max(0, replicas - available))
        .withConditions(conditions)
        .build();
    if (status.equals(deployment.getStatus())) {
      return;
    }
    client.apps().deployments().inNamespace(namespace).withName(deployment.getMetadata().getName())
        .editStatus(current -> {
          current.setStatus(status);
          return current;
        });
  }

  private static int percent(IntOrString value, int replicas, boolean roundUp) {
    if (value == null) {
      return roundUp ? 1 : 0;
    }
    if (value.getIntVal() != null) {
      return value.getIntVal();
    }
    double share = Integer.parseInt(value.getStrVal().replace("%", "")) * replicas / 100.0;
    return (int) (roundUp ? Math.ceil(share) : Math.floor(share));
  }

  private static String revisionOf(Pod pod) {
    return pod.getMetadata().getLabels().get(ReleaseLabels.REVISION);
  }

  private static boolean isReady(Pod pod) {
    return SimulatedKubelet.isReady(pod);
  }

  private static String key(Pod pod) {
    return SimulatedKubelet.key(pod);
  }

  @Override
  public void close() {
    ticker.shutdownNow();
    kubelet.close();
  }
}
