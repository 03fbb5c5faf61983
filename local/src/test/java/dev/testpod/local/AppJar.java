package dev.testpod.local;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the packaged test-pod-app that local-mode tests run as pod processes. */
final class AppJar {

  private AppJar() {}

  /** Returns the jar, or skips the test with the reason when test-pod-app has not been packaged. */
  static Path require() {
    Path jar = Path.of(System.getProperty("testpod.app.jar", "../test-pod-app/target/quarkus-app/quarkus-run.jar"));
    assumeThat(Files.isRegularFile(jar))
        .as("test-pod-app is not packaged at " + jar.toAbsolutePath() + "; run 'mvn -B verify' from the root")
        .isTrue();
    return jar;
  }
}
