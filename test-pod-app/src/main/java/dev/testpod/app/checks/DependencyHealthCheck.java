package dev.testpod.app.checks;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Readiness view of one enabled check. A failed critical check is DOWN, while a failed
 * non-critical check stays UP and reports {@code status: DOWN} in its data.
 */
final class DependencyHealthCheck implements AsyncHealthCheck {
  private final String name;
  private final CachedCheck check;
  private final boolean critical;

  DependencyHealthCheck(String name, CachedCheck check, boolean critical) {
    this.name = name;
    this.check = check;
    this.critical = critical;
  }

  @Override
  public Uni<HealthCheckResponse> call() {
    return Uni.createFrom().completionStage(check::current).map(this::toResponse);
  }

  HealthCheckResponse toResponse(CheckResult result) {
    HealthCheckResponseBuilder response = HealthCheckResponse.named(name)
        .status(result.passed() || !critical)
        .withData("critical", critical)
        .withData("status", result.passed() ? "UP" : "DOWN")
        .withData("result", result.status().name())
        .withData("durationMs", result.durationMs())
        .withData("message", result.message());
    if (result.remediation() != null) {
      response.withData("remediation", result.remediation());
    }
    return response.build();
  }
}
