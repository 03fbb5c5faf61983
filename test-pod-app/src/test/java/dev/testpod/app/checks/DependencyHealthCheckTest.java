package dev.testpod.app.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class DependencyHealthCheckTest {
  private static final CheckResult FAILED = new CheckResult("s3", CheckStatus.FAILED, 12,
      "Connection refused by 127.0.0.1:9000.", "Connection refused: check ...",
      Map.of("failure", "CONNECTION_REFUSED"));
  private static final CheckResult PASSED = new CheckResult("s3", CheckStatus.PASSED, 3,
      "S3 answered.", null, Map.of());

  private static HealthCheckResponse response(boolean critical, CheckResult result) {
    return new DependencyHealthCheck("s3", null, critical).toResponse(result);
  }

  @Test
  void criticalFailureIsDown() {
    HealthCheckResponse response = response(true, FAILED);

    assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    assertThat(response.getData().orElseThrow()).containsEntry("status", "DOWN");
  }

  @Test
  void nonCriticalFailureStaysUpWithDownData() {
    HealthCheckResponse response = response(false, FAILED);

    assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    assertThat(response.getData().orElseThrow())
        .containsEntry("status", "DOWN")
        .containsEntry("result", "FAILED")
        .containsEntry("critical", false)
        .containsEntry("remediation", "Connection refused: check ...");
  }

  @Test
  void passedCheckIsUpWithoutRemediation() {
    HealthCheckResponse response = response(true, PASSED);

    assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    assertThat(response.getData().orElseThrow())
        .containsEntry("status", "UP")
        .doesNotContainKey("remediation");
  }
}
