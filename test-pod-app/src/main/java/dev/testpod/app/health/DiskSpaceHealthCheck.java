package dev.testpod.app.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Reports free disk space. It is DOWN only when usable space falls below the critical amount. */
@Readiness
@ApplicationScoped
public class DiskSpaceHealthCheck implements HealthCheck {

  private final HealthConfig config;

  DiskSpaceHealthCheck(HealthConfig config) {
    this.config = config;
  }

  @Override
  public HealthCheckResponse call() {
    Path path = config.disk().path().toAbsolutePath();
    long criticalFree = config.disk().criticalFree().asLongValue();
    HealthCheckResponseBuilder response = HealthCheckResponse.named("disk")
        .withData("path", path.toString())
        .withData("criticalFreeBytes", criticalFree);
    try {
      FileStore store = Files.getFileStore(path);
      long usable = store.getUsableSpace();
      return response.withData("freeBytes", usable)
          .withData("totalBytes", store.getTotalSpace())
          .status(usable >= criticalFree)
          .build();
    } catch (IOException e) {
      return response.withData("error", "Cannot read the file system of " + path + ": " + e)
          .down()
          .build();
    }
  }
}
