package dev.testpod.local;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulated node: admits every pod of the API server, runs it through a {@link PodRuntime},
 * writes pod status when it changes, and stops a pod's process when the pod is deleted.
 */
final class Kubelet implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Kubelet.class);
  private static final Duration SYNC_PERIOD = Duration.ofMillis(250);
  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  private final KubernetesClient client;
  private final PodRuntime.Dependencies dependencies;
  private final LoopbackAddresses addresses;
  private final Clock clock;
  private final Map<String, PodRuntime> runtimes = new HashMap<>();
  private final Map<String, String> writtenStatus = new HashMap<>();
  private final ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor(daemon("kubelet"));
  private final ExecutorService stopper = Executors.newCachedThreadPool(daemon("kubelet-stop"));
  private SharedIndexInformer<Pod> pods;

  Kubelet(KubernetesClient client, PodRuntime.Dependencies dependencies, LoopbackAddresses addresses, Clock clock) {
    this.client = client;
    this.dependencies = dependencies;
    this.addresses = addresses;
    this.clock = clock;
  }

  void start() {
    pods = client.pods().inAnyNamespace().inform();
    loop.scheduleWithFixedDelay(this::syncSafely, 0, SYNC_PERIOD.toMillis(), TimeUnit.MILLISECONDS);
    LOG.info("kubelet started: pods run as test-pod-app processes on 127.0.0.N");
  }

  private void syncSafely() {
    try {
      sync();
    } catch (RuntimeException e) {
      LOG.warn("kubelet sync failed; retrying in {} ms", SYNC_PERIOD.toMillis(), e);
    }
  }

  private void sync() {
    List<Pod> current = pods.getStore().list().stream()
        .filter(pod -> pod.getMetadata().getDeletionTimestamp() == null)
        .toList();
    Set<String> currentUids = current.stream().map(pod -> pod.getMetadata().getUid()).collect(Collectors.toSet());
    runtimes.keySet().stream().filter(uid -> !currentUids.contains(uid)).toList().forEach(this::remove);
    for (Pod pod : current) {
      PodRuntime runtime = runtimes.computeIfAbsent(pod.getMetadata().getUid(), uid -> admit(pod));
      runtime.update(pod);
      runtime.sync(clock.instant());
      writeStatus(pod, runtime.status());
    }
  }

  private PodRuntime admit(Pod pod) {
    String address = addresses.allocate(PodRuntime.containerPort(pod.getSpec().getContainers().get(0)));
    LOG.info("pod {}/{} scheduled with IP {}", pod.getMetadata().getNamespace(), pod.getMetadata().getName(), address);
    return new PodRuntime(pod, address, clock.instant(), dependencies);
  }

  private void remove(String uid) {
    PodRuntime runtime = runtimes.remove(uid);
    writtenStatus.remove(uid);
    CompletableFuture.runAsync(() -> {
      runtime.stop();
      addresses.release(runtime.address());
    }, stopper);
  }

  private void writeStatus(Pod pod, PodStatus status) {
    String uid = pod.getMetadata().getUid();
    String json = SERIALIZATION.asJson(status);
    if (json.equals(writtenStatus.get(uid))) {
      return;
    }
    try {
      client.pods().inNamespace(pod.getMetadata().getNamespace()).withName(pod.getMetadata().getName())
          .editStatus(latest -> {
            latest.setStatus(status);
            return latest;
          });
      writtenStatus.put(uid, json);
    } catch (KubernetesClientException e) {
      LOG.debug("status of pod {} not written, retrying on the next sync", pod.getMetadata().getName(), e);
    }
  }

  /** Stops the loop and every pod process, waiting for all of them to end. */
  @Override
  public void close() {
    loop.shutdownNow();
    try {
      loop.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (pods != null) {
      pods.close();
    }
    List<CompletableFuture<Void>> stops = runtimes.values().stream()
        .map(runtime -> CompletableFuture.runAsync(runtime::stop, stopper))
        .toList();
    CompletableFuture.allOf(stops.toArray(CompletableFuture[]::new)).join();
    runtimes.clear();
    stopper.shutdown();
    LOG.info("kubelet stopped");
  }

  static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
