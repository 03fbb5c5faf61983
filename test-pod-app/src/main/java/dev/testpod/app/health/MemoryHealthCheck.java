package dev.testpod.app.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Reports heap usage. It is DOWN only when used heap exceeds the critical share of the maximum. */
@Readiness
@ApplicationScoped
public class MemoryHealthCheck implements HealthCheck {

  private final HealthConfig config;

  MemoryHealthCheck(HealthConfig config) {
    this.config = config;
  }

  @Override
  public HealthCheckResponse call() {
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    long max = heap.getMax() > 0 ? heap.getMax() : heap.getCommitted();
    double usedRatio = (double) heap.getUsed() / max;
    double critical = config.memory().criticalUsedRatio();
    HealthCheckResponseBuilder response = HealthCheckResponse.named("memory")
        .withData("heapUsedBytes", heap.getUsed())
        .withData("heapMaxBytes", max)
        .withData("heapUsedRatio", String.format("%.3f", usedRatio))
        .withData("criticalUsedRatio", String.valueOf(critical));
    return response.status(usedRatio <= critical).build();
  }
}
