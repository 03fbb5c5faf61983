package dev.testpod.operator.workload;

import dev.testpod.api.ReleaseLabels;
import dev.testpod.api.TestPodRelease;
import dev.testpod.operator.decide.Workload;
import dev.testpod.operator.revision.Snapshot;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.time.Duration;
import java.util.Map;

/**
 * Builds the Deployment that runs one revision. The rolling update keeps every old pod until a new
 * one is available, and the startup probe allows a start as slow as the validation timeout.
 */
public final class DeploymentFactory {

  /** Annotation holding the hash of the desired Deployment spec, so an unchanged spec is not rewritten. */
  public static final String SPEC_HASH_ANNOTATION = "testpod.dev/deployment-spec-hash";

  static final String CONTAINER = "app";
  static final int PROBE_PERIOD_SECONDS = 5;

  private DeploymentFactory() {}

  public static Deployment desired(TestPodRelease release, Workload workload, Duration validationTimeout) {
    String name = release.getMetadata().getName();
    Snapshot snapshot = workload.snapshot();
    int port = snapshot.port() == null ? 8080 : snapshot.port();
    Map<String, String> selector = Map.of(ReleaseLabels.RELEASE, name);
    Deployment deployment = new DeploymentBuilder()
        .withNewMetadata()
          .withName(name)
          .withNamespace(release.getMetadata().getNamespace())
          .addToLabels(ReleaseLabels.RELEASE, name)
          .withOwnerReferences(OwnerReferences.controllerOf(release))
        .endMetadata()
        .withNewSpec()
          .withReplicas(workload.replicas())
          .withNewSelector().withMatchLabels(selector).endSelector()
          .withProgressDeadlineSeconds((int) Math.max(validationTimeout.toSeconds(), 60))
          .withNewStrategy()
            .withType("RollingUpdate")
            .withNewRollingUpdate()
              .withMaxSurge(new IntOrString("25%"))
              .withMaxUnavailable(new IntOrString(0))
            .endRollingUpdate()
          .endStrategy()
          .withNewTemplate()
            .withNewMetadata()
              .addToLabels(ReleaseLabels.RELEASE, name)
              .addToLabels(ReleaseLabels.REVISION, Long.toString(workload.revision()))
            .endMetadata()
            .withNewSpec()
              .addToContainers(new ContainerBuilder()
                  .withName(CONTAINER)
                  .withImage(snapshot.image())
                  .addNewPort().withName("http").withContainerPort(port).withProtocol("TCP").endPort()
                  .withEnv(snapshot.env())
                  .withEnvFrom(snapshot.envFrom())
                  .withResources(snapshot.resources())
                  .withStartupProbe(startupProbe(port, validationTimeout))
                  .withReadinessProbe(probe("/q/health/ready", port, PROBE_PERIOD_SECONDS, 3))
                  .withLivenessProbe(probe("/q/health/live", port, 10, 3))
                  .build())
            .endSpec()
          .endTemplate()
        .endSpec()
        .build();
    deployment.getMetadata().getAnnotations().put(SPEC_HASH_ANNOTATION, SpecHash.of(deployment.getSpec()));
    return deployment;
  }

  /** Allows the app to start for as long as the validation timeout, so a slow start is not killed early. */
  private static Probe startupProbe(int port, Duration validationTimeout) {
    int failures = (int) Math.max(3, (validationTimeout.toSeconds() + PROBE_PERIOD_SECONDS - 1) / PROBE_PERIOD_SECONDS);
    return probe("/q/health/started", port, PROBE_PERIOD_SECONDS, failures);
  }

  private static Probe probe(String path, int port, int periodSeconds, int failureThreshold) {
    return new ProbeBuilder()
        .withNewHttpGet().withPath(path).withPort(new IntOrString(port)).endHttpGet()
        .withPeriodSeconds(periodSeconds)
        .withTimeoutSeconds(2)
        .withFailureThreshold(failureThreshold)
        .build();
  }
}
