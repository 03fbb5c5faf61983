package dev.testpod.cli;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens a client for the cluster that a kubeconfig names: the given file, else $KUBECONFIG or ~/.kube/config. */
public final class ClusterConnector {

  private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
  private static final int REQUEST_TIMEOUT_MILLIS = 15_000;

  private ClusterConnector() {}

  /**
   * Connects with the kubeconfig's current context. The namespace is the explicit one, else the
   * context's, else {@code default}.
   *
   * @throws CliException with exit code 2 when the kubeconfig file is missing
   */
  public static ReleaseClient connect(Path kubeconfig, String namespace) {
    Config config = withFastFailure(load(kubeconfig));
    String resolvedNamespace = namespace != null ? namespace : config.getNamespace();
    if (resolvedNamespace == null || resolvedNamespace.isBlank()) {
      resolvedNamespace = "default";
    }
    KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build();
    return new ReleaseClient(client, resolvedNamespace);
  }

  private static Config load(Path kubeconfig) {
    if (kubeconfig == null) {
      return Config.autoConfigure(null);
    }
    if (!Files.isRegularFile(kubeconfig)) {
      throw CliException.usage("kubeconfig file not found: " + kubeconfig);
    }
    return Config.fromKubeconfig((String) null, new File(kubeconfig.toString()));
  }

  /** A person or pipeline should hear at once that the cluster is unreachable, not after ten retries. */
  private static Config withFastFailure(Config config) {
    return new ConfigBuilder(config)
        .withConnectionTimeout(CONNECT_TIMEOUT_MILLIS)
        .withRequestTimeout(REQUEST_TIMEOUT_MILLIS)
        .withRequestRetryBackoffLimit(0)
        .build();
  }
}
