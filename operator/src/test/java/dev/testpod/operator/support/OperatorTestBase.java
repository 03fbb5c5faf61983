package dev.testpod.operator.support;

import static org.awaitility.Awaitility.await;

import dev.testpod.api.EventReason;
import dev.testpod.api.HealthCheckSpec;
import dev.testpod.api.Phase;
import dev.testpod.api.ReleaseLabels;
import dev.testpod.api.TestPodRelease;
import dev.testpod.api.TestPodReleaseSpec;
import dev.testpod.operator.OperatorSettings;
import dev.testpod.operator.TestPodOperator;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.ControllerRevision;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.dsl.base.CustomResourceDefinitionContext;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Runs the real operator in this JVM against fabric8's mock API server in CRUD mode (no cluster can
 * run here), with {@link ClusterSimulator} playing the Deployment controller and kubelet. Each test
 * gets its own namespace; the clock runs in real time and tests move it forward past deadlines.
 */
public abstract class OperatorTestBase {

  protected static final Duration WAIT = Duration.ofSeconds(30);
  private static final AtomicInteger NAMESPACES = new AtomicInteger();

  protected static KubernetesMockServer server;
  protected static KubernetesClient client;
  protected static ClusterSimulator cluster;
  protected static MutableClock clock;
  protected static RecordingNotifier notifier;
  protected static TestPodOperator operator;
  /** User-Agent of the operator's own client, so tests can tell its API calls from the fixture's. */
  protected static final String OPERATOR_USER_AGENT = "testpod-operator-under-test";
  private static KubernetesClient operatorClient;
  private static OperatorSettings settings;

  /** Held so the JUL level survives garbage collection; the mock server logs every request at INFO. */
  private static final java.util.logging.Logger MOCK_SERVER_LOG =
      java.util.logging.Logger.getLogger("io.fabric8.mockwebserver");

  protected String namespace;

  @BeforeAll
  static void startOperator() throws UnknownHostException {
    MOCK_SERVER_LOG.setLevel(java.util.logging.Level.WARNING);
    server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
        new KubernetesCrudDispatcher(), false);
    server.init(InetAddress.getByName("127.0.0.1"), 0);
    server.expectCustomResource(new CustomResourceDefinitionContext.Builder()
        .withGroup(TestPodRelease.GROUP)
        .withVersion(TestPodRelease.VERSION)
        .withPlural(TestPodRelease.PLURAL)
        .withKind(TestPodRelease.KIND)
        .withScope("Namespaced")
        .withStatusSubresource(true)
        .build());
    client = server.createClient();
    cluster = new ClusterSimulator(client);
    clock = new MutableClock();
    notifier = new RecordingNotifier();
    settings = OperatorSettings.defaults()
        .withServerSideApply(false)
        .withClock(clock)
        .withNotifier(notifier)
        .withProbeTimeout(Duration.ofSeconds(1))
        .withRequeueInterval(Duration.ofSeconds(2))
        .withEndpointResolver(cluster.endpointResolver());
    operatorClient = new KubernetesClientBuilder()
        .withConfig(new ConfigBuilder(client.getConfiguration()).withUserAgent(OPERATOR_USER_AGENT).build())
        .build();
    operator = TestPodOperator.start(operatorClient, settings);
  }

  /** Stops the operator and starts a new one on the same client and settings, as after a crash. */
  protected static void restartOperator() {
    operator.stop();
    operator = TestPodOperator.start(operatorClient, settings);
  }

  @AfterAll
  static void stopOperator() {
    operator.stop();
    operatorClient.close();
    cluster.close();
    client.close();
    server.destroy();
  }

  @BeforeEach
  void createNamespace() {
    namespace = "test-" + NAMESPACES.incrementAndGet();
    client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata().build())
        .create();
  }

  /** Builds a release with fast test timings: 1s between probe rounds, 2 rounds to pass, a 5m deadline. */
  protected TestPodRelease release(String name, String image, int replicas) {
    TestPodRelease release = new TestPodRelease();
    release.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(namespace).build());
    TestPodReleaseSpec spec = new TestPodReleaseSpec();
    spec.setImage(image);
    spec.setReplicas(replicas);
    HealthCheckSpec healthCheck = new HealthCheckSpec();
    healthCheck.setInterval("1s");
    healthCheck.setSuccessThreshold(2);
    healthCheck.setTimeout("5m");
    healthCheck.setVersionPath("/version");
    spec.setHealthCheck(healthCheck);
    release.setSpec(spec);
    return release;
  }

  protected TestPodRelease create(TestPodRelease release) {
    return client.resource(release).create();
  }

  protected TestPodRelease update(String name, Consumer<TestPodRelease> change) {
    return client.resources(TestPodRelease.class).inNamespace(namespace).withName(name).edit(release -> {
      change.accept(release);
      return release;
    });
  }

  protected TestPodRelease get(String name) {
    return client.resources(TestPodRelease.class).inNamespace(namespace).withName(name).get();
  }

  protected Phase phase(String name) {
    TestPodRelease release = get(name);
    return release == null || release.getStatus() == null ? null : release.getStatus().getPhase();
  }

  protected TestPodRelease awaitPhase(String name, Phase phase) {
    await().atMost(WAIT).pollInterval(Duration.ofMillis(100))
        .untilAsserted(() -> org.assertj.core.api.Assertions.assertThat(phase(name)).as("phase of " + name).isEqualTo(phase));
    return get(name);
  }

  /** Creates a release and waits until its first revision passed validation. */
  protected TestPodRelease createSucceeded(String name, String image, int replicas) {
    create(release(name, image, replicas));
    return awaitPhase(name, Phase.Succeeded);
  }

  protected void setImage(String name, String image) {
    update(name, release -> release.getSpec().setImage(image));
  }

  protected void annotate(String name, String key, String value) {
    update(name, release -> release.getMetadata().getAnnotations().put(key, value));
  }

  protected List<Pod> pods(String name) {
    return client.pods().inNamespace(namespace).withLabel(ReleaseLabels.RELEASE, name).list().getItems();
  }

  protected List<Pod> podsOfRevision(String name, long revision) {
    return client.pods().inNamespace(namespace).withLabel(ReleaseLabels.RELEASE, name)
        .withLabel(ReleaseLabels.REVISION, Long.toString(revision)).list().getItems();
  }

  protected Deployment deployment(String name) {
    return client.apps().deployments().inNamespace(namespace).withName(name).get();
  }

  protected String deployedImage(String name) {
    return deployment(name).getSpec().getTemplate().getSpec().getContainers().get(0).getImage();
  }

  protected List<ControllerRevision> controllerRevisions(String name) {
    return client.apps().controllerRevisions().inNamespace(namespace).withLabel(ReleaseLabels.RELEASE, name)
        .list().getItems();
  }

  protected List<Event> events() {
    return client.v1().events().inNamespace(namespace).list().getItems();
  }

  protected List<Event> events(EventReason reason) {
    return events().stream().filter(event -> reason.name().equals(event.getReason())).toList();
  }
}
