package dev.testpod.local;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.List;
import java.util.logging.Level;

/**
 * fabric8's Kubernetes mock API server in CRUD mode on 127.0.0.1: it stores, lists, patches and
 * watches any resource, but enforces no schema, admission or server-side apply.
 */
final class ApiServer implements AutoCloseable {

  /** The mock server logs every request at INFO; the strong reference keeps the level setting alive. */
  private static final java.util.logging.Logger REQUEST_LOG = java.util.logging.Logger.getLogger("io.fabric8.mockwebserver");

  private final KubernetesMockServer server;

  private ApiServer(KubernetesMockServer server) {
    this.server = server;
  }

  static ApiServer start(int port) throws UnknownHostException {
    REQUEST_LOG.setLevel(Level.WARNING);
    KubernetesMockServer server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
        new KubernetesCrudDispatcher(List.of()), false);
    server.init(InetAddress.getByName("127.0.0.1"), port);
    return new ApiServer(server);
  }

  String url() {
    return "http://127.0.0.1:" + server.getPort();
  }

  /** Opens a client of this server that ignores any kubeconfig of the user. */
  KubernetesClient newClient(String namespace) {
    Config config = new ConfigBuilder(Config.empty())
        .withMasterUrl(url())
        .withNamespace(namespace)
        .withRequestRetryBackoffLimit(3)
        .build();
    return new KubernetesClientBuilder().withConfig(config).build();
  }

  @Override
  public void close() {
    server.destroy();
  }
}
