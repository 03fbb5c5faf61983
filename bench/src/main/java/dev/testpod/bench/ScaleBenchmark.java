package dev.testpod.bench;

import dev.testpod.api.HealthCheckSpec;
import dev.testpod.api.Phase;
import dev.testpod.api.TestPodRelease;
import dev.testpod.api.TestPodReleaseSpec;
import dev.testpod.operator.OperatorSettings;
import dev.testpod.operator.TestPodOperator;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.dsl.base.CustomResourceDefinitionContext;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.net.InetAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Scale benchmark: N releases across M namespaces, reconciled by the real operator against fabric8's
 * mock API server in CRUD mode, with {@link InstantCluster} as controller and kubelet and
 * {@link HealthyPodEndpoint} serving every probe. Prints the time until every release is
 * Succeeded, the operator's API requests per release, peak heap and CPU time. Arguments
 * (all optional): {@code releases=1000 namespaces=10 timeout=1800}; timeout is in seconds.
 */
public final class ScaleBenchmark {

  private static final String IMAGE = "ghcr.io/acme/test-pod-app:1.0.0";
  /** Held so the JUL level survives garbage collection; the mock server logs every request at INFO. */
  private static final java.util.logging.Logger MOCK_SERVER_LOG =
      java.util.logging.Logger.getLogger("io.fabric8.mockwebserver");

  private ScaleBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, Integer> options = BenchmarkOptions.parse(args, Map.of("releases", 1000, "namespaces", 10, "timeout", 1800));
    int releases = options.get("releases");
    int namespaces = options.get("namespaces");
    Duration timeout = Duration.ofSeconds(options.get("timeout"));
    MOCK_SERVER_LOG.setLevel(java.util.logging.Level.WARNING);

    KubernetesCrudDispatcher crud = new KubernetesCrudDispatcher();
    crud.expectCustomResource(new CustomResourceDefinitionContext.Builder()
        .withGroup(TestPodRelease.GROUP).withVersion(TestPodRelease.VERSION).withPlural(TestPodRelease.PLURAL)
        .withKind(TestPodRelease.KIND).withScope("Namespaced").withStatusSubresource(true).build());
    RequestCountingDispatcher dispatcher = new RequestCountingDispatcher(crud);
    KubernetesMockServer server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
        dispatcher, false);
    server.init(InetAddress.getLoopbackAddress(), 0);

    ResourceSampler sampler = new ResourceSampler();
    try (RecordedRequestDrain drain = new RecordedRequestDrain(server);
        KubernetesClient driver = server.createClient();
        KubernetesClient operatorClient = operatorClient(driver);
        HealthyPodEndpoint probes = new HealthyPodEndpoint();
        InstantCluster cluster = new InstantCluster(driver)) {
      OperatorSettings settings = OperatorSettings.defaults()
          .withServerSideApply(false)
          .withEndpointResolver((pod, port) -> probes.baseUri());
      TestPodOperator operator = TestPodOperator.start(operatorClient, settings);
      long start = System.nanoTime();
      createReleases(driver, releases, namespaces);
      Map<Phase, Long> phases = awaitAllSucceeded(driver, releases, timeout);
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
      long liveHeap = sampler.liveHeapBytes();
      Map<String, Duration> cpuByThreadKind = sampler.cpuByThreadKind();
      operator.stop();
      print(new Result(releases, namespaces, elapsed, phases, liveHeap, cpuByThreadKind), dispatcher, sampler);
    } finally {
      sampler.close();
      server.destroy();
    }
    System.exit(0);
  }

  /** Creates a client whose requests carry the header that {@link RequestCountingDispatcher} counts. */
  private static KubernetesClient operatorClient(KubernetesClient driver) {
    Config config = new ConfigBuilder(Config.empty())
        .withMasterUrl(driver.getConfiguration().getMasterUrl())
        .withNamespace("default")
        .withCustomHeaders(Map.of(RequestCountingDispatcher.CLIENT_HEADER, RequestCountingDispatcher.OPERATOR))
        .build();
    return new KubernetesClientBuilder().withConfig(config).build();
  }

  private static void createReleases(KubernetesClient client, int releases, int namespaces) {
    for (int n = 0; n < namespaces; n++) {
      client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(namespace(n)).endMetadata()
          .build()).create();
    }
    for (int i = 0; i < releases; i++) {
      client.resource(release(namespace(i % namespaces), "app-" + i)).create();
    }
  }

  private static String namespace(int n) {
    return "bench-" + n;
  }

  /** Builds a one-replica release that passes validation with one probe round, one second after its pods are ready. */
  private static TestPodRelease release(String namespace, String name) {
    TestPodRelease release = new TestPodRelease();
    release.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(namespace).build());
    TestPodReleaseSpec spec = new TestPodReleaseSpec();
    spec.setImage(IMAGE);
    spec.setReplicas(1);
    HealthCheckSpec healthCheck = new HealthCheckSpec();
    healthCheck.setInterval("1s");
    healthCheck.setSuccessThreshold(1);
    healthCheck.setTimeout("10m");
    spec.setHealthCheck(healthCheck);
    release.setSpec(spec);
    return release;
  }

  /**
   * Waits until every release is Succeeded, counting phases from an informer's cache once a second,
   * so the wait costs one watch instead of repeated lists of every release.
   */
  private static Map<Phase, Long> awaitAllSucceeded(KubernetesClient client, int releases, Duration timeout)
      throws InterruptedException {
    long start = System.nanoTime();
    long deadline = start + timeout.toNanos();
    long nextProgress = start;
    Map<Phase, Long> phases = Map.of();
    try (SharedIndexInformer<TestPodRelease> informer =
        client.resources(TestPodRelease.class).inAnyNamespace().inform()) {
      while (System.nanoTime() < deadline) {
        phases = informer.getStore().list().stream()
            .collect(Collectors.groupingBy(ScaleBenchmark::phase, Collectors.counting()));
        if (phases.getOrDefault(Phase.Succeeded, 0L) == releases) {
          return phases;
        }
        if (System.nanoTime() >= nextProgress) {
          System.out.printf("%4d s: %s%n", Duration.ofNanos(System.nanoTime() - start).toSeconds(), phases);
          nextProgress += Duration.ofSeconds(10).toNanos();
        }
        Thread.sleep(1000);
      }
    }
    return phases;
  }

  private static Phase phase(TestPodRelease release) {
    return release.getStatus() == null || release.getStatus().getPhase() == null
        ? Phase.Pending : release.getStatus().getPhase();
  }

  /** Measurements of one run, taken before the operator stopped. */
  private record Result(int releases, int namespaces, Duration elapsed, Map<Phase, Long> phases, long liveHeap,
      Map<String, Duration> cpuByThreadKind) {}

  private static void print(Result result, RequestCountingDispatcher dispatcher, ResourceSampler sampler) {
    int releases = result.releases();
    Duration elapsed = result.elapsed();
    Map<Phase, Long> phases = result.phases();
    long succeeded = phases.getOrDefault(Phase.Succeeded, 0L);
    System.out.printf("releases:               %d across %d namespaces%n", releases, result.namespaces());
    System.out.printf("succeeded:              %d (phases at the end: %s)%n", succeeded, phases);
    System.out.printf("time until all done:    %.1f s%n", elapsed.toMillis() / 1000.0);
    System.out.printf("operator API requests:  %d, %.1f per release%n", dispatcher.total(),
        (double) dispatcher.total() / releases);
    dispatcher.counts().forEach((key, count) -> System.out.printf("  %-40s %d%n", key, count));
    System.out.printf("peak heap used:         %.1f MiB of %.1f MiB max (sampled every 100 ms, garbage included)%n",
        sampler.peakHeapBytes() / 1048576.0, sampler.maxHeapBytes() / 1048576.0);
    System.out.printf("live heap after GC:     %.1f MiB (all releases, their objects and the informer caches)%n",
        result.liveHeap() / 1048576.0);
    System.out.printf("CPU time:               %.1f s, %.2f cores on average, %d processors visible%n",
        sampler.cpuTime().toMillis() / 1000.0, sampler.averageCores(), Runtime.getRuntime().availableProcessors());
    result.cpuByThreadKind().forEach((kind, cpu) ->
        System.out.printf("  %-40s %.1f s%n", kind, cpu.toMillis() / 1000.0));
    if (succeeded != releases) {
      System.out.println("RESULT: FAILED, not every release reached Succeeded before the timeout");
      System.exit(1);
    }
  }
}
