package dev.testpod.operator.production;

import static org.awaitility.Awaitility.await;

import dev.testpod.api.HealthCheckSpec;
import dev.testpod.api.Phase;
import dev.testpod.api.TestPodRelease;
import dev.testpod.api.TestPodReleaseSpec;
import dev.testpod.operator.OperatorSettings;
import dev.testpod.operator.config.LogFormat;
import dev.testpod.operator.config.RuntimeSettings;
import dev.testpod.operator.leader.LeaderElectionSettings;
import dev.testpod.operator.support.ClusterSimulator;
import dev.testpod.operator.support.MutableClock;
import dev.testpod.operator.support.RecordingNotifier;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.dsl.base.CustomResourceDefinitionContext;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Runs {@link OperatorProcess} instances in this JVM against fabric8's mock API server in CRUD mode
 * (no cluster can run here), behind a {@link FaultInjectingDispatcher}, with {@link ClusterSimulator}
 * playing the Deployment controller and kubelet. Every test gets a fresh server and cluster.
 */
abstract class ProductionTestBase {

  protected static final Duration WAIT = Duration.ofSeconds(40);
  protected static final String NAMESPACE = "apps";

  /** Held so the JUL level survives garbage collection; the mock server logs every request at INFO. */
  private static final java.util.logging.Logger MOCK_SERVER_LOG =
      java.util.logging.Logger.getLogger("io.fabric8.mockwebserver");

  protected KubernetesMockServer server;
  protected FaultInjectingDispatcher dispatcher;
  /** The client of the test and the simulated cluster; operators get their own clients. */
  protected KubernetesClient client;
  protected ClusterSimulator cluster;
  protected final MutableClock clock = new MutableClock();
  protected final RecordingNotifier notifier = new RecordingNotifier();
  private final List<AutoCloseable> toClose = new ArrayList<>();
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void startApiServer() throws IOException {
    MOCK_SERVER_LOG.setLevel(java.util.logging.Level.WARNING);
    KubernetesCrudDispatcher crud = new KubernetesCrudDispatcher();
    crud.expectCustomResource(new CustomResourceDefinitionContext.Builder()
        .withGroup(TestPodRelease.GROUP)
        .withVersion(TestPodRelease.VERSION)
        .withPlural(TestPodRelease.PLURAL)
        .withKind(TestPodRelease.KIND)
        .withScope("Namespaced")
        .withStatusSubresource(true)
        .build());
    dispatcher = new FaultInjectingDispatcher(crud);
    server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(), dispatcher, false);
    server.init(InetAddress.getByName("127.0.0.1"), 0);
    client = server.createClient();
    cluster = new ClusterSimulator(client);
    client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(NAMESPACE).endMetadata().build())
        .create();
  }

  @AfterEach
  void stopAll() throws Exception {
    List<AutoCloseable> newestFirst = new ArrayList<>(toClose);
    Collections.reverse(newestFirst);
    for (AutoCloseable closeable : newestFirst) {
      closeable.close();
    }
    cluster.close();
    client.close();
    server.destroy();
  }

  /** Creates a client of the mock server; {@code tuning} adjusts timeouts and retries. */
  protected KubernetesClient newClient(Consumer<ConfigBuilder> tuning) {
    ConfigBuilder builder = new ConfigBuilder(Config.empty())
        .withMasterUrl(client.getConfiguration().getMasterUrl())
        .withNamespace("default")
        .withTrustCerts(true);
    tuning.accept(builder);
    KubernetesClient operatorClient = new KubernetesClientBuilder().withConfig(builder.build()).build();
    toClose.add(operatorClient);
    return operatorClient;
  }

  /** Reconciler settings with fast test timings and the simulated pods' endpoints. */
  protected OperatorSettings operatorSettings() {
    return OperatorSettings.defaults()
        .withServerSideApply(false)
        .withClock(clock)
        .withNotifier(notifier)
        .withProbeTimeout(Duration.ofSeconds(1))
        .withRequeueInterval(Duration.ofSeconds(2))
        .withEndpointResolver(cluster.endpointResolver());
  }

  /** Process settings: the HTTP endpoint on 127.0.0.1 at a free port, leader election as given. */
  protected RuntimeSettings runtimeSettings(LeaderElectionSettings leaderElection) throws IOException {
    return new RuntimeSettings(InetAddress.getByName("127.0.0.1"), 0, leaderElection, LogFormat.TEXT,
        RuntimeSettings.LogLevel.INFO);
  }

  protected OperatorProcess startOperator(KubernetesClient operatorClient, RuntimeSettings runtime) {
    return startOperator(operatorClient, operatorSettings(), runtime);
  }

  protected OperatorProcess startOperator(
      KubernetesClient operatorClient, OperatorSettings settings, RuntimeSettings runtime) {
    OperatorProcess process = OperatorProcess.start(operatorClient, settings, runtime, () -> { }, false);
    toClose.add(process::close);
    return process;
  }

  protected TestPodRelease release(String name, String image) {
    TestPodRelease release = new TestPodRelease();
    release.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(NAMESPACE).build());
    TestPodReleaseSpec spec = new TestPodReleaseSpec();
    spec.setImage(image);
    spec.setReplicas(1);
    HealthCheckSpec healthCheck = new HealthCheckSpec();
    healthCheck.setInterval("1s");
    healthCheck.setSuccessThreshold(2);
    healthCheck.setTimeout("5m");
    spec.setHealthCheck(healthCheck);
    release.setSpec(spec);
    return release;
  }

  protected TestPodRelease get(String name) {
    return client.resources(TestPodRelease.class).inNamespace(NAMESPACE).withName(name).get();
  }

  protected void setImage(String name, String image) {
    client.resources(TestPodRelease.class).inNamespace(NAMESPACE).withName(name).edit(release -> {
      release.getSpec().setImage(image);
      return release;
    });
  }

  protected Optional<Phase> phase(String name) {
    TestPodRelease release = get(name);
    return Optional.ofNullable(release).map(TestPodRelease::getStatus).map(status -> status.getPhase());
  }

  protected TestPodRelease awaitPhase(String name, Phase phase) {
    await().atMost(WAIT).pollInterval(Duration.ofMillis(100))
        .untilAsserted(() -> org.assertj.core.api.Assertions.assertThat(phase(name)).as("phase of " + name)
            .contains(phase));
    return get(name);
  }

  /** Sends GET {@code path} to an operator's HTTP endpoint. */
  protected HttpResponse<String> httpGet(OperatorProcess process, String path) throws IOException, InterruptedException {
    URI uri = URI.create("http://127.0.0.1:" + process.httpPort() + path);
    return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
