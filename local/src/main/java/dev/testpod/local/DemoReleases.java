package dev.testpod.local;

import dev.testpod.api.HealthCheckSpec;
import dev.testpod.api.TestPodRelease;
import dev.testpod.api.TestPodReleaseSpec;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.util.ArrayList;
import java.util.List;

/** The releases the demo and the benchmark apply, with short validation timings so a run takes minutes. */
final class DemoReleases {

  static final String REPOSITORY = "ghcr.io/acme/test-pod-app";
  static final String NAME = "test-pod";

  private DemoReleases() {}

  static TestPodRelease release(String tag, String timeout, List<EnvVar> env) {
    TestPodRelease release = new TestPodRelease();
    release.setMetadata(new ObjectMetaBuilder().withName(NAME).build());
    TestPodReleaseSpec spec = new TestPodReleaseSpec();
    spec.setImage(REPOSITORY + ":" + tag);
    spec.setReplicas(2);
    spec.setPort(8080);
    spec.setEnv(new ArrayList<>(env));
    HealthCheckSpec healthCheck = new HealthCheckSpec();
    healthCheck.setPath("/q/health/ready");
    healthCheck.setVersionPath("/version");
    healthCheck.setTimeout(timeout);
    healthCheck.setInterval("2s");
    healthCheck.setSuccessThreshold(2);
    healthCheck.setFailFast(true);
    spec.setHealthCheck(healthCheck);
    release.setSpec(spec);
    return release;
  }

  /**
   * Environment that makes the app's PostgreSQL check critical and points it at a closed port on
   * 127.0.0.1, so readiness stays DOWN.
   */
  static List<EnvVar> unreachableCriticalPostgres(int closedPort) {
    return List.of(
        new EnvVar("TESTPOD_CHECKS_POSTGRES_ENABLED", "true", null),
        new EnvVar("TESTPOD_CHECKS_POSTGRES_CRITICAL", "true", null),
        new EnvVar("TESTPOD_CHECKS_POSTGRES_HOST", "127.0.0.1", null),
        new EnvVar("TESTPOD_CHECKS_POSTGRES_PORT", String.valueOf(closedPort), null),
        new EnvVar("TESTPOD_CHECKS_POSTGRES_DATABASE", "testpod", null),
        new EnvVar("TESTPOD_CHECKS_POSTGRES_USERNAME", "testpod", null),
        new EnvVar("TESTPOD_CHECKS_POSTGRES_TIMEOUT", "1s", null));
  }
}
