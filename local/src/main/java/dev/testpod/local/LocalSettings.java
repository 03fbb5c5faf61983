package dev.testpod.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Settings of one local cluster.
 *
 * @param apiPort port of the API server on 127.0.0.1; 0 picks a free one
 * @param kubeconfig where the kubeconfig for clients is written
 * @param namespace namespace of the kubeconfig context
 * @param workDirectory directory for pod logs, the generated key pair and the users file
 * @param appJar the test-pod-app jar that every pod runs ({@code quarkus-app/quarkus-run.jar})
 * @param registry the images that pods may pull
 * @param firstPodAddress last octet of the first pod IP, so pods get 127.0.0.N from N upwards
 * @param podJvmOptions JVM options of each pod process, kept small because every pod is a JVM
 * @param crashBackoff first delay before a pod process that exited is started again; it doubles up to 5 minutes
 * @param runOperator whether to start the operator; off, the cluster runs only Deployments, ReplicaSets and pods
 */
public record LocalSettings(
    int apiPort,
    Path kubeconfig,
    String namespace,
    Path workDirectory,
    Path appJar,
    LocalRegistry registry,
    int firstPodAddress,
    List<String> podJvmOptions,
    Duration crashBackoff,
    boolean runOperator) {

  /** JVM options that keep a Quarkus pod process small and quick to start on two cores. */
  public static final List<String> DEFAULT_POD_JVM_OPTIONS = List.of(
      "-Xmx128m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:ActiveProcessorCount=1", "-Xss512k");

  public LocalSettings {
    podJvmOptions = List.copyOf(podJvmOptions);
    if (firstPodAddress < 2 || firstPodAddress > 254) {
      throw new IllegalArgumentException("firstPodAddress " + firstPodAddress + " is invalid: use 2 to 254");
    }
  }

  /** Settings for a cluster whose files go under {@code workDirectory}, with the default registry. */
  public static LocalSettings defaults(Path workDirectory, Path appJar) {
    return new LocalSettings(0, workDirectory.resolve("kubeconfig"), "default", workDirectory, appJar,
        LocalRegistry.withDefaultTags(Set.of()), 2, DEFAULT_POD_JVM_OPTIONS, Duration.ofSeconds(10), true);
  }

  public LocalSettings withApiPort(int value) {
    return new LocalSettings(value, kubeconfig, namespace, workDirectory, appJar, registry, firstPodAddress, podJvmOptions,
        crashBackoff, runOperator);
  }

  public LocalSettings withKubeconfig(Path value) {
    return new LocalSettings(apiPort, value, namespace, workDirectory, appJar, registry, firstPodAddress, podJvmOptions,
        crashBackoff, runOperator);
  }

  public LocalSettings withRegistry(LocalRegistry value) {
    return new LocalSettings(apiPort, kubeconfig, namespace, workDirectory, appJar, value, firstPodAddress, podJvmOptions,
        crashBackoff, runOperator);
  }

  public LocalSettings withFirstPodAddress(int value) {
    return new LocalSettings(apiPort, kubeconfig, namespace, workDirectory, appJar, registry, value, podJvmOptions,
        crashBackoff, runOperator);
  }

  public LocalSettings withCrashBackoff(Duration value) {
    return new LocalSettings(apiPort, kubeconfig, namespace, workDirectory, appJar, registry, firstPodAddress, podJvmOptions,
        value, runOperator);
  }

  public LocalSettings withRunOperator(boolean value) {
    return new LocalSettings(apiPort, kubeconfig, namespace, workDirectory, appJar, registry, firstPodAddress, podJvmOptions,
        crashBackoff, value);
  }
}
