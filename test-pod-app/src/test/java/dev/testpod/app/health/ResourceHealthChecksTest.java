package dev.testpod.app.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.configuration.MemorySize;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResourceHealthChecksTest {

  @TempDir
  Path directory;

  private HealthConfig config(double criticalUsedRatio, long criticalFreeBytes) {
    return config(criticalUsedRatio, criticalFreeBytes, directory);
  }

  private static HealthConfig config(double criticalUsedRatio, long criticalFreeBytes,
      Path diskPath) {
    return new HealthConfig() {
      @Override
      public Memory memory() {
        return () -> criticalUsedRatio;
      }

      @Override
      public Disk disk() {
        return new Disk() {
          @Override
          public Path path() {
            return diskPath;
          }

          @Override
          public MemorySize criticalFree() {
            return new MemorySize(BigInteger.valueOf(criticalFreeBytes));
          }
        };
      }
    };
  }

  @Test
  void memoryUpBelowCriticalRatio() {
    HealthCheckResponse response = new MemoryHealthCheck(config(1.0, 0)).call();

    assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    Map<String, Object> data = response.getData().orElseThrow();
    assertThat(data).containsKeys("heapUsedBytes", "heapMaxBytes", "heapUsedRatio");
    assertThat((Long) data.get("heapMaxBytes")).isPositive();
  }

  @Test
  void memoryDownPastCriticalRatio() {
    HealthCheckResponse response = new MemoryHealthCheck(config(0.000_001, 0)).call();

    assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
  }

  @Test
  void diskUpWithEnoughFreeSpace() {
    HealthCheckResponse response = new DiskSpaceHealthCheck(config(1.0, 1)).call();

    assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    Map<String, Object> data = response.getData().orElseThrow();
    assertThat((Long) data.get("freeBytes")).isPositive();
    assertThat((Long) data.get("totalBytes")).isPositive();
    assertThat(data.get("path")).isEqualTo(directory.toAbsolutePath().toString());
  }

  @Test
  void diskDownBelowCriticalFree() {
    HealthCheckResponse response = new DiskSpaceHealthCheck(config(1.0, Long.MAX_VALUE)).call();

    assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    assertThat(response.getData().orElseThrow()).containsEntry("criticalFreeBytes", Long.MAX_VALUE);
  }

  @Test
  void diskDownForMissingPath() {
    Path missing = directory.resolve("missing");

    HealthCheckResponse response = new DiskSpaceHealthCheck(config(1.0, 1, missing)).call();

    assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    assertThat((String) response.getData().orElseThrow().get("error")).contains("missing");
  }
}
