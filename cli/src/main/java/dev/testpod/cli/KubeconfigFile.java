package dev.testpod.cli;

import io.fabric8.kubernetes.api.model.Config;
import io.fabric8.kubernetes.api.model.ConfigBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a kubeconfig with one context for an API server that needs no credentials, such as local mode's. */
public final class KubeconfigFile {

  private KubeconfigFile() {}

  public static void write(Path file, String serverUrl, String contextName, String namespace) throws IOException {
    Config kubeconfig = new ConfigBuilder()
        .withApiVersion("v1")
        .withKind("Config")
        .addNewCluster()
          .withName(contextName)
          .withNewCluster().withServer(serverUrl).endCluster()
        .endCluster()
        .addNewUser()
          .withName(contextName)
          .withNewUser().endUser()
        .endUser()
        .addNewContext()
          .withName(contextName)
          .withNewContext().withCluster(contextName).withUser(contextName).withNamespace(namespace).endContext()
        .endContext()
        .withCurrentContext(contextName)
        .build();
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, new KubernetesSerialization().asYaml(kubeconfig));
  }
}
