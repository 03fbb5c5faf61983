package dev.testpod.app.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness of the process itself, UP whenever the process can run this check. It calls no external
 * service.
 */
@Liveness
@ApplicationScoped
public class ProcessLivenessCheck implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("process")
        .withData("uptimeSeconds", ManagementFactory.getRuntimeMXBean().getUptime() / 1000)
        .up()
        .build();
  }
}
