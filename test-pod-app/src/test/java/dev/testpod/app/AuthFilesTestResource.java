package dev.testpod.app;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a fresh key pair and users file before the app starts and points the app at them.
 * Registered with global scope, so every {@code @QuarkusTest} of this module starts with it.
 */
public class AuthFilesTestResource implements QuarkusTestResourceLifecycleManager {

  public static final String TEST_VERSION = "9.9.9-test";

  private Path directory;

  @Override
  public Map<String, String> start() {
    try {
      directory = Files.createTempDirectory("test-pod-auth");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> settings = new HashMap<>(AuthFiles.create(directory).settings());
    settings.put("testpod.version", TEST_VERSION);
    return settings;
  }

  @Override
  public void stop() {
    if (directory == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
