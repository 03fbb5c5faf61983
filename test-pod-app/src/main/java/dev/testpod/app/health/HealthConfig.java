package dev.testpod.app.health;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** Critical thresholds of the resource readiness checks, under {@code testpod.health}. */
@ConfigMapping(prefix = "testpod.health")
public interface HealthConfig {

  Memory memory();

  Disk disk();

  /** Heap usage check. */
  interface Memory {

    /** Used heap as a fraction of the maximum heap, above which readiness is DOWN (0 to 1]. */
    @WithDefault("0.95")
    double criticalUsedRatio();
  }

  /** Free disk space check. */
  interface Disk {

    /** Directory whose file system is measured. */
    @WithDefault(".")
    Path path();

    /** Usable space below which readiness is DOWN, for example {@code 50M} or {@code 1G}. */
    @WithDefault("50M")
    MemorySize criticalFree();
  }
}
