package dev.testpod.local;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.ContainerState;
import io.fabric8.kubernetes.api.model.ContainerStateBuilder;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.fabric8.kubernetes.api.model.PodIPBuilder;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.fabric8.kubernetes.api.model.Probe;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pod on the simulated node: its first container runs as a test-pod-app process on the pod's
 * own loopback address. It follows the kubelet's container states: image pull failures, config
 * errors, running with probes, and restarts with back-off after an exit.
 */
final class PodRuntime {

  private static final Logger LOG = LoggerFactory.getLogger(PodRuntime.class);
  private static final Duration ERR_IMAGE_PULL_SHOWN_FOR = Duration.ofSeconds(3);
  private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
  /** A container that ran this long before exiting starts its back-off from the beginning again. */
  private static final Duration BACKOFF_RESET_AFTER = Duration.ofMinutes(10);
  private static final int DEFAULT_PORT = 8080;

  private final String uid;
  private final String name;
  private final String address;
  private final Instant admittedAt;
  private final Dependencies dependencies;
  private Pod pod;

  private Process process;
  private Instant startedAt;
  private boolean everStarted;
  private String waitingReason = "ContainerCreating";
  private String waitingMessage;
  private ContainerState lastTermination;
  private int restartCount;
  private int crashesInRow;
  private Instant restartAt;
  private ProbeTracker readiness;
  private ProbeTracker liveness;
  private boolean ready;
  private Instant readyChangedAt;

  /** Services shared by every pod runtime: the launcher, the registry, env resolution and the probe client. */
  record Dependencies(AppLauncher launcher, LocalRegistry registry, ContainerEnvironment environment, HttpClient http,
      Duration crashBackoff) {}

  PodRuntime(Pod pod, String address, Instant now, Dependencies dependencies) {
    this.pod = pod;
    this.uid = pod.getMetadata().getUid();
    this.name = pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName();
    this.address = address;
    this.admittedAt = now;
    this.readyChangedAt = now;
    this.dependencies = dependencies;
  }

  String uid() {
    return uid;
  }

  String address() {
    return address;
  }

  void update(Pod latest) {
    this.pod = latest;
  }

  /** Moves the container one step on: notices an exit, runs probes, pulls and starts. */
  void sync(Instant now) {
    if (process != null && !process.isAlive()) {
      recordExit(now);
    }
    if (process != null) {
      probe(now);
      return;
    }
    Optional<String> pullFailure = dependencies.registry().pullFailure(container().getImage());
    if (pullFailure.isPresent()) {
      boolean firstAttempt = Duration.between(admittedAt, now).compareTo(ERR_IMAGE_PULL_SHOWN_FOR) < 0;
      waitFor(firstAttempt ? "ErrImagePull" : "ImagePullBackOff", pullFailure.get());
      return;
    }
    if (restartAt != null && now.isBefore(restartAt)) {
      return;
    }
    start(now);
  }

  PodStatus status() {
    PodStatusBuilder status = new PodStatusBuilder()
        .withPhase(everStarted ? "Running" : "Pending")
        .withHostIP("127.0.0.1")
        .withPodIP(address)
        .withPodIPs(new PodIPBuilder().withIp(address).build())
        .withStartTime(admittedAt.toString())
        .withConditions(conditions())
        .withContainerStatuses(containerStatus());
    return status.build();
  }

  /** Stops the process, if any, and waits for it to end. */
  void stop() {
    if (process != null) {
      AppLauncher.stop(process);
      LOG.info("pod {} stopped (process {}, {})", name, process.pid(), address);
      process = null;
    }
  }

  private void start(Instant now) {
    Container container = container();
    Map<String, String> env;
    try {
      env = dependencies.environment().resolve(pod, container, address);
    } catch (ContainerConfigException e) {
      waitFor("CreateContainerConfigError", e.getMessage());
      return;
    }
    int port = containerPort(container);
    String version = ImageName.parse(container.getImage()).tag();
    try {
      process = dependencies.launcher().start(pod.getMetadata().getName(), address, port, version, env);
    } catch (IOException e) {
      LOG.warn("pod {} could not start its process", name, e);
      waitFor("RunContainerError", e.getMessage());
      return;
    }
    startedAt = now;
    everStarted = true;
    restartAt = null;
    waitingReason = null;
    waitingMessage = null;
    readiness = tracker(container.getReadinessProbe(), false);
    liveness = tracker(container.getLivenessProbe(), true);
    LOG.info("pod {} started: process {} on {}:{}, version {}{}", name, process.pid(), address, port, version,
        restartCount > 0 ? ", restart " + restartCount : "");
  }

  private void probe(Instant now) {
    liveness.tick(now);
    if (!liveness.passing()) {
      LOG.info("pod {} failed its liveness probe; killing process {}", name, process.pid());
      AppLauncher.stop(process);
      recordExit(now);
      return;
    }
    boolean nowReady = container().getReadinessProbe() == null || readinessTick(now);
    if (nowReady != ready) {
      ready = nowReady;
      readyChangedAt = now;
      LOG.info("pod {} is {} on {}", name, ready ? "ready" : "not ready", address);
    }
  }

  private boolean readinessTick(Instant now) {
    readiness.tick(now);
    return readiness.passing();
  }

  private void recordExit(Instant now) {
    int exitCode = process.exitValue();
    long pid = process.pid();
    process = null;
    restartCount++;
    crashesInRow = Duration.between(startedAt, now).compareTo(BACKOFF_RESET_AFTER) >= 0 ? 1 : crashesInRow + 1;
    Duration backoff = backoff(crashesInRow);
    restartAt = now.plus(backoff);
    lastTermination = new ContainerStateBuilder().withNewTerminated()
        .withExitCode(exitCode)
        .withReason(exitCode == 0 ? "Completed" : "Error")
        .withStartedAt(startedAt.toString())
        .withFinishedAt(now.toString())
        .endTerminated().build();
    waitFor("CrashLoopBackOff", "back-off " + backoff.toSeconds() + "s restarting failed container="
        + container().getName() + " pod=" + pod.getMetadata().getName());
    if (ready) {
      ready = false;
      readyChangedAt = now;
    }
    LOG.info("pod {} exited: process {} ended with code {}; restarting in {}s (restart count {})", name, pid, exitCode,
        backoff.toSeconds(), restartCount);
  }

  private Duration backoff(int crashes) {
    Duration delay = dependencies.crashBackoff().multipliedBy(1L << Math.min(crashes - 1, 10));
    return delay.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : delay;
  }

  private void waitFor(String reason, String message) {
    if (!reason.equals(waitingReason)) {
      LOG.info("pod {} is waiting: {}: {}", name, reason, message);
    }
    waitingReason = reason;
    waitingMessage = message;
  }

  private ProbeTracker tracker(Probe probe, boolean initiallyPassing) {
    Probe effective = probe == null ? new Probe() : probe;
    ProbeTracker tracker = new ProbeTracker(effective, address, container().getPorts(), dependencies.http(),
        initiallyPassing);
    if (probe != null) {
      tracker.restart(startedAt);
    }
    return tracker;
  }

  private List<PodCondition> conditions() {
    String readyStatus = ready ? "True" : "False";
    return List.of(
        condition("PodScheduled", "True", admittedAt),
        condition("Initialized", "True", admittedAt),
        condition("ContainersReady", readyStatus, readyChangedAt),
        condition("Ready", readyStatus, readyChangedAt));
  }

  private static PodCondition condition(String type, String status, Instant since) {
    return new PodConditionBuilder().withType(type).withStatus(status).withLastTransitionTime(since.toString()).build();
  }

  private ContainerStatus containerStatus() {
    Container container = container();
    ContainerState state = process != null
        ? new ContainerStateBuilder().withNewRunning().withStartedAt(startedAt.toString()).endRunning().build()
        : new ContainerStateBuilder().withNewWaiting().withReason(waitingReason).withMessage(waitingMessage).endWaiting()
            .build();
    return new ContainerStatusBuilder()
        .withName(container.getName())
        .withImage(container.getImage())
        .withImageID(everStarted ? "local://" + container.getImage() : "")
        .withReady(ready)
        .withStarted(process != null)
        .withRestartCount(restartCount)
        .withState(state)
        .withLastState(lastTermination == null ? new ContainerState() : lastTermination)
        .build();
  }

  private Container container() {
    return pod.getSpec().getContainers().get(0);
  }

  static int containerPort(Container container) {
    return container.getPorts().stream()
        .map(ContainerPort::getContainerPort)
        .findFirst()
        .orElse(DEFAULT_PORT);
  }
}
