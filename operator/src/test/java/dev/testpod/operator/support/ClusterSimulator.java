package dev.testpod.operator.support;

import dev.testpod.api.ReleaseLabels;
import dev.testpod.operator.probe.PodEndpointResolver;
import dev.testpod.operator.spec.ImageTag;
import io.fabric8.kubernetes.api.model.ContainerStateBuilder;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentConditionBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatus;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.net.URI;
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
 * Plays the Deployment controller and the kubelet against the mock API server. Every tick it moves
 * each Deployment one step through a rolling update that honours maxSurge and maxUnavailable, starts
 * pods according to the {@link PodBehavior} of their image, and writes pod and Deployment status.
 * Each running pod gets a {@link FakePodServer} on its own 127.0.1.N address.
 */
public final class ClusterSimulator implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ClusterSimulator.class);
  private static final AtomicInteger NEXT_HOST = new AtomicInteger(2);
  private static final long TICK_MILLIS = 100;

  private final KubernetesClient client;
  private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
  private final Map<String, PodBehavior> behaviors = new ConcurrentHashMap<>();
  private final Map<String, FakePodServer> servers = new ConcurrentHashMap<>();
  private final Map<String, String> serverImages = new ConcurrentHashMap<>();
  private final Map<String, Integer> podAges = new ConcurrentHashMap<>();
  private final Map<String, String> maxUnavailableOverrides = new ConcurrentHashMap<>();
  private final Map<String, Integer> readyLimits = new ConcurrentHashMap<>();
  private final Set<String> deletedPods = ConcurrentHashMap.newKeySet();
  private final AtomicInteger podCounter = new AtomicInteger();

  public ClusterSimulator(KubernetesClient client) {
    this.client = client;
    ticker.scheduleWithFixedDelay(this::tickSafely, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** Makes pods of {@code image} behave as given; unknown images are {@link PodBehavior#HEALTHY}. */
  public void behave(String image, PodBehavior behavior) {
    behaviors.put(image, behavior);
  }

  /** Makes the rolling update of the Deployment in {@code namespace} use this maxUnavailable instead of its own. */
  public void overrideMaxUnavailable(String namespace, String value) {
    maxUnavailableOverrides.put(namespace, value);
  }

  /** Lets at most {@code limit} pods of {@code image} become ready. */
  public void limitReadyPods(String image, int limit) {
    readyLimits.put(image, limit);
  }

  public void removeReadyLimit(String image) {
    readyLimits.remove(image);
  }

  /** Makes the running pods of {@code image} return 503 from their readiness endpoint from now on. */
  public void breakRunningPods(String image) {
    servers.forEach((key, server) -> {
      if (image.equals(serverImages.get(key))) {
        server.setReadyStatus(503);
      }
    });
  }

  /** Resolves a pod to its fake server, at the pod's IP and the server's ephemeral port. */
  public PodEndpointResolver endpointResolver() {
    return (pod, port) -> {
      FakePodServer server = servers.get(key(pod));
      return server == null ? URI.create("http://" + pod.getStatus().getPodIP() + ":1") : server.baseUri();
    };
  }

  public FakePodServer server(Pod pod) {
    return servers.get(key(pod));
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
    pods.forEach(this::advanceKubelet);
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
          .withContainerStatuses(waiting(template.getSpec().getContainers().get(0).getImage(), "ContainerCreating", null))
        .endStatus()
        .build();
    client.resource(pod).create();
  }

  private void advanceKubelet(Pod pod) {
    int age = podAges.merge(key(pod), 1, Integer::sum);
    if (age < 2) {
      return;
    }
    String image = pod.getSpec().getContainers().get(0).getImage();
    PodBehavior behavior = behaviors.getOrDefault(image, PodBehavior.HEALTHY);
    switch (behavior) {
      case PULL_FAILS -> setWaiting(pod, image, age < 4 ? "ErrImagePull" : "ImagePullBackOff",
          "Back-off pulling image \"" + image + "\"");
      case CRASH_LOOP -> setWaiting(pod, image, "CrashLoopBackOff", "back-off restarting failed container app");
      case CONFIG_ERROR -> setWaiting(pod, image, "CreateContainerConfigError", "secret \"db\" not found");
      case STUCK -> { }
      default -> run(pod, image, behavior);
    }
  }

  private void setWaiting(Pod pod, String image, String reason, String message) {
    ContainerStatus status = waiting(image, reason, message);
    if (status.equals(pod.getStatus().getContainerStatuses().get(0))) {
      return;
    }
    client.pods().inNamespace(pod.getMetadata().getNamespace()).withName(pod.getMetadata().getName())
        .editStatus(current -> {
          current.getStatus().setContainerStatuses(List.of(status));
          return current;
        });
  }

  private void run(Pod pod, String image, PodBehavior behavior) {
    FakePodServer server = servers.computeIfAbsent(key(pod), key -> startServer(image, behavior));
    serverImages.put(key(pod), image);
    boolean ready = server.ready() && withinReadyLimit(pod, image);
    boolean wasReady = isReady(pod);
    if (pod.getStatus().getPodIP() != null && ready == wasReady) {
      return;
    }
    String ip = server.baseUri().getHost();
    client.pods().inNamespace(pod.getMetadata().getNamespace()).withName(pod.getMetadata().getName())
        .editStatus(current -> {
          current.getStatus().setPhase("Running");
          current.getStatus().setPodIP(ip);
          current.getStatus().setConditions(List.of(new PodConditionBuilder()
              .withType("Ready").withStatus(ready ? "True" : "False").build()));
          current.getStatus().setContainerStatuses(List.of(new ContainerStatusBuilder()
              .withName("app").withImage(image).withReady(ready).withRestartCount(0)
              .withState(new ContainerStateBuilder().withNewRunning().withStartedAt("2026-01-01T00:00:00Z").endRunning().build())
              .build()));
          return current;
        });
  }

  private boolean withinReadyLimit(Pod pod, String image) {
    Integer limit = readyLimits.get(image);
    if (limit == null) {
      return true;
    }
    long readyOthers = client.pods().inNamespace(pod.getMetadata().getNamespace())
        .withLabel(ReleaseLabels.RELEASE, pod.getMetadata().getLabels().get(ReleaseLabels.RELEASE)).list().getItems()
        .stream()
        .filter(other -> !other.getMetadata().getName().equals(pod.getMetadata().getName()))
        .filter(other -> image.equals(other.getSpec().getContainers().get(0).getImage()))
        .filter(ClusterSimulator::isReady)
        .count();
    return readyOthers < limit;
  }

  private FakePodServer startServer(String image, PodBehavior behavior) {
    int host = NEXT_HOST.getAndUpdate(value -> value >= 254 ? 2 : value + 1);
    String version = ImageTag.of(image).orElse("unknown");
    return new FakePodServer("127.0.1." + host,
        behavior == PodBehavior.READINESS_503 ? 503 : 200,
        behavior == PodBehavior.WRONG_VERSION ? version + "-wrong" : version);
  }

  private void delete(Pod pod) {
    client.resource(pod).delete();
    deletedPods.add(key(pod));
    FakePodServer server = servers.remove(key(pod));
    if (server != null) {
      server.close();
    }
  }

  private void writeDeploymentStatus(Deployment deployment, String revision, int replicas) {
    String namespace = deployment.getMetadata().getNamespace();
    List<Pod> pods = client.pods().inNamespace(namespace)
        .withLabel(ReleaseLabels.RELEASE, deployment.getMetadata().getName()).list().getItems();
    int updated = (int) pods.stream().filter(pod -> revision.equals(revisionOf(pod))).count();
    int available = (int) pods.stream().filter(ClusterSimulator::isReady).count();
    boolean stuck = pods.stream()
        .filter(pod -> revision.equals(revisionOf(pod)))
        .anyMatch(pod -> behaviors.get(pod.getSpec().getContainers().get(0).getImage()) == PodBehavior.STUCK
            && podAges.getOrDefault(key(pod), 0) > 5);
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
    return pod.getStatus() != null && pod.getStatus().getConditions() != null
        && pod.getStatus().getConditions().stream()
            .anyMatch(condition -> "Ready".equals(condition.getType()) && "True".equals(condition.getStatus()));
  }

  private static String key(Pod pod) {
    return pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName();
  }

  private static ContainerStatus waiting(String image, String reason, String message) {
    return new ContainerStatusBuilder()
        .withName("app").withImage(image).withReady(false).withRestartCount(0)
        .withState(new ContainerStateBuilder().withNewWaiting().withReason(reason).withMessage(message).endWaiting().build())
        .build();
  }

  @Override
  public void close() {
    ticker.shutdownNow();
    servers.values().forEach(FakePodServer::close);
    servers.clear();
  }
}
