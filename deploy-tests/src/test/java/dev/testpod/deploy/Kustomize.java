package dev.testpod.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Renders a kustomization folder with {@code kubectl kustomize}, the renderer of {@code kubectl apply -k}. */
final class Kustomize {

  private static final long TIMEOUT_SECONDS = 60;

  private Kustomize() {}

  /** Returns whether a kubectl client is on the PATH. */
  static boolean isAvailable() {
    try {
      return run(List.of("kubectl", "version", "--client")).exitCode() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  /** Returns the YAML stream that {@code kubectl kustomize FOLDER} prints. */
  static String render(Path folder) throws IOException {
    Result result = run(List.of("kubectl", "kustomize", folder.toString()));
    if (result.exitCode() != 0) {
      throw new IllegalStateException("kubectl kustomize " + folder + " failed with exit code "
          + result.exitCode() + ": " + result.output());
    }
    return result.output();
  }

  private record Result(int exitCode, String output) {}

  private static Result run(List<String> command) throws IOException {
    Path output = Files.createTempFile("kubectl-", ".out");
    try {
      Process process = new ProcessBuilder(command)
          .redirectErrorStream(true)
          .redirectOutput(output.toFile())
          .start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException(String.join(" ", command) + " timed out after " + TIMEOUT_SECONDS + " s");
      }
      return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(String.join(" ", command) + " was interrupted", e);
    } finally {
      Files.deleteIfExists(output);
    }
  }
}
