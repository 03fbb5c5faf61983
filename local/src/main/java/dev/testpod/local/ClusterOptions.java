package dev.testpod.local;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** Options every command that starts a local cluster shares. */
final class ClusterOptions {

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "0",
      description = "Port of the API server on 127.0.0.1; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--work-dir", paramLabel = "DIR", defaultValue = "local-state",
      description = "Directory for the kubeconfig, pod logs, the key pair and the users file (default: ${DEFAULT-VALUE}).")
  Path workDirectory;

  @Option(names = "--kubeconfig", paramLabel = "FILE",
      description = "Where to write the kubeconfig for clients (default: WORK_DIR/kubeconfig).")
  Path kubeconfig;

  @Option(names = "--app-jar", paramLabel = "FILE",
      description = "test-pod-app jar the pods run (default: test-pod-app/target/quarkus-app/quarkus-run.jar under the "
          + "current directory or the repository this jar was built in).")
  Path appJar;

  @Option(names = "--registry-tags", paramLabel = "TAG", split = ",",
      description = "Image tags of the test-pod app the local registry has (default: the built version, "
          + "1.0.0, 1.1.0, 1.2.0 and 2.0.0).")
  List<String> registryTags;

  @Option(names = "--first-pod-address", paramLabel = "N", defaultValue = "2",
      description = "Pods get the addresses 127.0.0.N upwards from this N, 2 to 254 (default: ${DEFAULT-VALUE}).")
  int firstPodAddress;

  LocalSettings settings(String namespace) {
    LocalRegistry registry = registryTags == null || registryTags.isEmpty()
        ? LocalRegistry.withDefaultTags(Set.of(builtVersion()))
        : new LocalRegistry(new LinkedHashSet<>(registryTags));
    Path kubeconfigFile = kubeconfig != null ? kubeconfig : workDirectory.resolve("kubeconfig");
    return new LocalSettings(port, kubeconfigFile, namespace, workDirectory, resolveAppJar(), registry, firstPodAddress,
        LocalSettings.DEFAULT_POD_JVM_OPTIONS, Duration.ofSeconds(10), true);
  }

  private Path resolveAppJar() {
    if (appJar != null) {
      return appJar;
    }
    Path relative = Path.of("test-pod-app", "target", "quarkus-app", "quarkus-run.jar");
    for (Path candidate : Arrays.asList(relative, repositoryOfThisJar().resolve(relative))) {
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return relative;
  }

  /** Returns the checkout this jar was built in as {@code local/target/testpod-local.jar}, else the current directory. */
  private static Path repositoryOfThisJar() {
    try {
      Path jar = Path.of(ClusterOptions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path root = jar.toAbsolutePath().getParent();
      root = root == null ? null : root.getParent();
      root = root == null ? null : root.getParent();
      return root == null ? Path.of(".") : root;
    } catch (URISyntaxException | SecurityException e) {
      return Path.of(".");
    }
  }

  static String builtVersion() {
    String version = ClusterOptions.class.getPackage().getImplementationVersion();
    return version == null ? "0.1.0-SNAPSHOT" : version;
  }
}
