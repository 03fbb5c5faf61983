package dev.testpod.app.checks.peers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/** A server process started by a test, with its output in a log file. */
final class ForkedProcess {
  private final String name;
  private final Process process;
  private final Path log;

  private ForkedProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  static ForkedProcess start(String name, List<String> command, Path workDir) {
    return start(name, command, workDir, Map.of());
  }

  static ForkedProcess start(
      String name, List<String> command, Path workDir, Map<String, String> environment) {
    Path log = workDir.resolve(name + ".log");
    try {
      ProcessBuilder builder = new ProcessBuilder(command);
      builder.environment().putAll(environment);
      Process process = builder
          .directory(workDir.toFile())
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
          .start();
      ForkedProcess forked = new ForkedProcess(name, process, log);
      Runtime.getRuntime().addShutdownHook(new Thread(forked::stop));
      return forked;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start " + name + ": " + command.get(0), e);
    }
  }

  /** Waits until the process accepts connections on {@code port}, or fails with its log. */
  void awaitPort(int port, Duration timeout) {
    try {
      Awaitility.await(name + " listening on " + port)
          .atMost(timeout)
          .pollInterval(Duration.ofMillis(200))
          .failFast(name + " exited early", () -> !process.isAlive())
          .until(() -> LoopbackPorts.accepts(port));
    } catch (RuntimeException e) {
      stop();
      throw new IllegalStateException(e.getMessage() + "; end of " + log + ":\n" + tail(log), e);
    }
  }

  boolean isAlive() {
    return process.isAlive();
  }

  long pid() {
    return process.pid();
  }

  Path log() {
    return log;
  }

  void stop() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(15, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }
}
