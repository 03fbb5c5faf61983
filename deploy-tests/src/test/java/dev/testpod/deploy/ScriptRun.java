package dev.testpod.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One run of a repository shell script: its exit code and its standard output and error. */
record ScriptRun(int exitCode, String stdout, String stderr) {

  private static final long TIMEOUT_SECONDS = 60;

  /** Runs SCRIPT (relative to the repository root) with ARGUMENTS and extra ENVIRONMENT. */
  static ScriptRun of(String script, Map<String, String> environment, String... arguments) throws IOException {
    Path root = RepositoryLayout.root();
    List<String> command = new ArrayList<>(List.of("bash", root.resolve(script).toString()));
    command.addAll(List.of(arguments));
    Path stdout = Files.createTempFile("script-", ".out");
    Path stderr = Files.createTempFile("script-", ".err");
    try {
      ProcessBuilder builder = new ProcessBuilder(command)
          .directory(root.toFile())
          .redirectOutput(stdout.toFile())
          .redirectError(stderr.toFile());
      builder.environment().putAll(environment);
      Process process = builder.start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException(script + " timed out after " + TIMEOUT_SECONDS + " s");
      }
      return new ScriptRun(process.exitValue(),
          Files.readString(stdout, StandardCharsets.UTF_8), Files.readString(stderr, StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(script + " was interrupted", e);
    } finally {
      Files.deleteIfExists(stdout);
      Files.deleteIfExists(stderr);
    }
  }
}
