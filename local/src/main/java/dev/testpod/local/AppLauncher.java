package dev.testpod.local;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Starts and stops test-pod-app processes, one per pod container. */
final class AppLauncher {

  /** Variables of this JVM's environment a pod process inherits; a real container inherits none. */
  private static final List<String> INHERITED = List.of("PATH", "HOME", "LANG", "TMPDIR", "JAVA_HOME", "TZ");
  private static final Duration GRACE_PERIOD = Duration.ofSeconds(5);

  private final Path appJar;
  private final List<String> jvmOptions;
  private final Map<String, String> appDefaults;
  private final Path logDirectory;

  AppLauncher(Path appJar, List<String> jvmOptions, Map<String, String> appDefaults, Path logDirectory) {
    this.appJar = appJar;
    this.jvmOptions = List.copyOf(jvmOptions);
    this.appDefaults = Map.copyOf(appDefaults);
    this.logDirectory = logDirectory;
  }

  /**
   * Starts the app bound to {@code address:port}. The pod's environment overrides the generated
   * defaults, but not the address, port and version, which come from the pod itself.
   */
  Process start(String podName, String address, int port, String version, Map<String, String> podEnvironment)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(appJar.toAbsolutePath().toString());
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    env.keySet().retainAll(INHERITED);
    env.putAll(appDefaults);
    env.putAll(podEnvironment);
    env.put("QUARKUS_HTTP_HOST", address);
    env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
    env.put("TESTPOD_VERSION", version);
    Files.createDirectories(logDirectory);
    File log = logDirectory.resolve(podName + ".log").toFile();
    builder.redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log));
    return builder.start();
  }

  /** Stops a process and its children: SIGTERM, then SIGKILL after the grace period. */
  static void stop(Process process) {
    List<ProcessHandle> children = process.descendants().toList();
    process.destroy();
    children.forEach(ProcessHandle::destroy);
    try {
      if (!process.waitFor(GRACE_PERIOD.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        process.waitFor(GRACE_PERIOD.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }
}
