package dev.testpod.operator.support;

import dev.testpod.api.ReleaseLabels;
import dev.testpod.operator.spec.ImageTag;
import io.fabric8.kubernetes.api.model.ContainerStateBuilder;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Plays the kubelet: starts each pod as its image's {@link PodBehavior} defines, writes the pod's
 * container states and readiness, and runs a {@link FakePodServer} on the pod's own 127.0.1.N
 * address for every pod that runs.
 */
final class SimulatedKubelet implements AutoCloseable {

  private static final AtomicInteger NEXT_HOST = new AtomicInteger(2);

  private final KubernetesClient client;
  private final Map<String, PodBehavior> behaviors = new ConcurrentHashMap<>();
  private final Map<String, FakePodServer> servers = new ConcurrentHashMap<>();
  private final Map<String, String> serverImages = new ConcurrentHashMap<>();
  private final Map<String, Integer> podAges = new ConcurrentHashMap<>();
  private final Map<String, Integer> readyLimits = new ConcurrentHashMap<>();

  SimulatedKubelet(KubernetesClient client) {
    this.client = client;
  }

  /** Makes pods of {@code image} behave as given; unknown images are {@link PodBehavior#HEALTHY}. */
  void behave(String image, PodBehavior behavior) {
    behaviors.put(image, behavior);
  }

  /** Lets at most {@code limit} pods of {@code image} become ready. */
  void limitReadyPods(String image, int limit) {
    readyLimits.put(image, limit);
  }

  void removeReadyLimit(String image) {
    readyLimits.remove(image);
  }

  /** Makes the running pods of {@code image} return 503 from their readiness endpoint from now on. */
  void breakRunningPods(String image) {
    servers.forEach((key, server) -> {
      if (image.equals(serverImages.get(key))) {
        server.setReadyStatus(503);
      }
    });
  }

  FakePodServer server(Pod pod) {
    return servers.get(key(pod));
  }

  /** Moves a pod one tick through its life: created, then started as its image behaves. */
  void advance(Pod pod) {
    int age = podAges.merge(key(pod), 1, Integer::sum);
    if (age < 2) {
      return;
    }
    String image = pod.getSpec().getContainers().get(0).getImage();
    PodBehavior behavior = behaviors.getOrDefault(image, PodBehavior.HEALTHY);
    switch (behavior) {
      case PULL_FAILS -> setWaiting(pod, image, age < 4 ? "ErrImagePull" : "ImagePullBackOff",
          "Back-off pulling image \"" + image + "\"");
      case PULL_BACK_OFF -> setWaiting(pod, image, "ImagePullBackOff", "Back-off pulling image \"" + image + "\"");
      case CRASH_LOOP -> setCrashLooping(pod, image);
      case CONFIG_ERROR -> setWaiting(pod, image, "CreateContainerConfigError", "secret \"db\" not found");
      case STUCK -> { }
      default -> run(pod, image, behavior);
    }
  }

  private void setWaiting(Pod pod, String image, String reason, String message) {
    setContainerStatus(pod, waiting(image, reason, message));
  }

  /** Shows the container back off after it exited with code 1 for the third time. */
  private void setCrashLooping(Pod pod, String image) {
    ContainerStatus status = waiting(image, "CrashLoopBackOff", "back-off restarting failed container app");
    status.setRestartCount(PodBehavior.CRASH_LOOP_RESTARTS);
    status.setLastState(new ContainerStateBuilder()
        .withNewTerminated().withExitCode(PodBehavior.CRASH_LOOP_EXIT_CODE).withReason("Error").endTerminated().build());
    setContainerStatus(pod, status);
  }

  private void setContainerStatus(Pod pod, ContainerStatus status) {
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
        .filter(SimulatedKubelet::isReady)
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

  static ContainerStatus waiting(String image, String reason, String message) {
    return new ContainerStatusBuilder()
        .withName("app").withImage(image).withReady(false).withRestartCount(0)
        .withState(new ContainerStateBuilder().withNewWaiting().withReason(reason).withMessage(message).endWaiting().build())
        .build();
  }

  /** Returns the base URI of the pod's server, or an unused port at the pod IP when it runs none. */
  URI baseUri(Pod pod) {
    FakePodServer server = servers.get(key(pod));
    return server == null ? URI.create("http://" + pod.getStatus().getPodIP() + ":1") : server.baseUri();
  }

  /** True when a pod of a {@link PodBehavior#STUCK} image has waited long enough to exceed the progress deadline. */
  boolean stuckPastDeadline(Pod pod) {
    return behaviors.get(pod.getSpec().getContainers().get(0).getImage()) == PodBehavior.STUCK
        && podAges.getOrDefault(key(pod), 0) > 5;
  }

  /** Stops the server of a deleted pod. */
  void forget(Pod pod) {
    podAges.remove(key(pod));
    FakePodServer server = servers.remove(key(pod));
    if (server != null) {
      server.close();
    }
  }

  static boolean isReady(Pod pod) {
    return pod.getStatus() != null && pod.getStatus().getConditions() != null
        && pod.getStatus().getConditions().stream()
            .anyMatch(condition -> "Ready".equals(condition.getType()) && "True".equals(condition.getStatus()));
  }

  static String key(Pod pod) {
    return pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName();
  }

  @Override
  public void close() {
    servers.values().forEach(FakePodServer::close);
    servers.clear();
  }
}
