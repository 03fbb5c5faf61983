package dev.testpod.app;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The packaged app ({@code quarkus-run.jar}) running as a separate process, as a pod would run it. */
public final class AppProcess implements AutoCloseable {

  private static final Pattern LISTENING = Pattern.compile("Listening on: http://([0-9.]+):(\\d+)");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final Process process;
  private final Path output;

  private AppProcess(Process process, Path output) {
    this.process = process;
    this.output = output;
  }

  /** Starts the jar named by the {@code testpod.app.jar} system property with the given env. */
  public static AppProcess start(Map<String, String> environment, Path workDirectory)
      throws IOException {
    String jar = System.getProperty("testpod.app.jar", "target/quarkus-app/quarkus-run.jar");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx256m", "-jar", jar));
    builder.environment().putAll(environment);
    Path output = workDirectory.resolve("app-output.log");
    builder.redirectErrorStream(true).redirectOutput(output.toFile());
    return new AppProcess(builder.start(), output);
  }

  /** Waits until the app listens and returns its base URL, or fails with the app's output. */
  public String awaitListening() {
    await().atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(200))
        .until(() -> listeningAddress().isPresent() || !process.isAlive());
    return listeningAddress().orElseThrow(() ->
        new AssertionError("The app did not start. Its output:\n" + output()));
  }

  /** Waits for the process to end and returns its exit code. */
  public int awaitExit() {
    await().atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(200))
        .until(() -> !process.isAlive());
    return process.exitValue();
  }

  public String output() {
    try {
      return Files.readString(output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Optional<String> listeningAddress() {
    Matcher matcher = LISTENING.matcher(output());
    return matcher.find()
        ? Optional.of("http://" + matcher.group(1) + ":" + matcher.group(2))
        : Optional.empty();
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
