package dev.testpod.local;

import dev.testpod.cli.KubeconfigFile;
import dev.testpod.cli.ReleaseClient;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One local cluster: the mock API server, the TestPodRelease CRD, the simulated controllers and
 * kubelet, and the operator. {@link #close()} stops all of them and every pod process.
 */
public final class LocalCluster implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(LocalCluster.class);
  private static final String CONTEXT_NAME = "testpod-local";

  private final LocalSettings settings;
  private final OperatorLauncher operatorLauncher;
  private ApiServer apiServer;
  private KubernetesClient client;
  private ControllerManager controllers;
  private Kubelet kubelet;
  private OperatorLauncher.Running operator;
  private boolean closed;

  private LocalCluster(LocalSettings settings, OperatorLauncher operatorLauncher) {
    this.settings = settings;
    this.operatorLauncher = operatorLauncher;
  }

  /** Creates a cluster that {@link #start()} starts, so a shutdown hook can be registered before anything runs. */
  public static LocalCluster create(LocalSettings settings, OperatorLauncher operatorLauncher) {
    return new LocalCluster(settings, operatorLauncher);
  }

  /** Creates and starts a cluster. */
  public static LocalCluster start(LocalSettings settings, OperatorLauncher operatorLauncher) throws IOException {
    LocalCluster cluster = create(settings, operatorLauncher);
    cluster.start();
    return cluster;
  }

  /** Starts every part; a part that fails to start stops the ones already running. */
  public synchronized void start() throws IOException {
    if (closed) {
      throw new IllegalStateException("the local cluster was closed");
    }
    try {
      startParts();
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
  }

  private void startParts() throws IOException {
    if (!settings.appJar().toFile().isFile()) {
      throw new IOException("the test-pod-app jar " + settings.appJar() + " does not exist; build it first with "
          + "'mvn -B -DskipTests package' in the repository root");
    }
    apiServer = ApiServer.start(settings.apiPort());
    client = apiServer.newClient(settings.namespace());
    LOG.info("API server (fabric8 mock, CRUD mode) listening on {}", apiServer.url());
    CrdInstaller.install(client, repositoryRoot());
    createNamespace(settings.namespace());
    AppCredentials credentials = AppCredentials.generate(settings.workDirectory().resolve("app"));
    AppLauncher launcher = new AppLauncher(settings.appJar(), settings.podJvmOptions(), credentials.environment(),
        settings.workDirectory().resolve("pods"));
    PodRuntime.Dependencies dependencies = new PodRuntime.Dependencies(launcher, settings.registry(),
        new ContainerEnvironment(client), HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build(),
        settings.crashBackoff());
    kubelet = new Kubelet(client, dependencies, new LoopbackAddresses(settings.firstPodAddress()), Clock.systemUTC());
    kubelet.start();
    controllers = new ControllerManager(client, Clock.systemUTC());
    controllers.start();
    if (settings.runOperator()) {
      startOperator();
    }
    KubeconfigFile.write(settings.kubeconfig(), apiServer.url(), CONTEXT_NAME, settings.namespace());
    LOG.info("kubeconfig written to {}; pod logs go to {}", settings.kubeconfig(), settings.workDirectory().resolve("pods"));
    LOG.info("registry tags: {}; user 'admin' password in {}", String.join(", ", settings.registry().tags()),
        credentials.passwordFile());
  }

  public synchronized void startOperator() {
    if (operator == null) {
      operator = operatorLauncher.start(client);
    }
  }

  public synchronized void stopOperator() {
    if (operator != null) {
      operator.stop();
      operator = null;
    }
  }

  public void createNamespace(String name) {
    client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(name).endMetadata().build())
        .createOr(existing -> existing.update());
  }

  public String apiUrl() {
    return apiServer.url();
  }

  public Path kubeconfig() {
    return settings.kubeconfig();
  }

  public KubernetesClient client() {
    return client;
  }

  public Set<String> registryTags() {
    return settings.registry().tags();
  }

  /** Opens a client of the plugin's release operations in a namespace of this cluster. */
  public ReleaseClient releases(String namespace) {
    return new ReleaseClient(apiServer.newClient(namespace), namespace);
  }

  /** Returns the checkout the app jar was built in, {@code <root>/test-pod-app/target/quarkus-app/quarkus-run.jar}. */
  private Path repositoryRoot() {
    Path jar = settings.appJar().toAbsolutePath().normalize();
    Path root = jar.getParent() == null ? null : jar.getParent().getParent();
    root = root == null ? null : root.getParent();
    root = root == null ? null : root.getParent();
    return root == null ? Path.of(".") : root;
  }

  /** Stops the operator, the controllers, every pod process and the API server; later calls do nothing. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    stopQuietly("operator", this::stopOperator);
    if (controllers != null) {
      stopQuietly("controllers", controllers::close);
    }
    if (kubelet != null) {
      stopQuietly("kubelet", kubelet::close);
    }
    if (client != null) {
      client.close();
    }
    if (apiServer != null) {
      stopQuietly("API server", apiServer::close);
    }
    LOG.info("local cluster stopped");
  }

  private static void stopQuietly(String part, Runnable stop) {
    try {
      stop.run();
    } catch (RuntimeException e) {
      LOG.warn("stopping the {} failed", part, e);
    }
  }
}
