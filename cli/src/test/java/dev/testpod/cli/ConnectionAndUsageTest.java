package dev.testpod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.ParseResult;

/** Failures before or instead of any API call: one line on standard error and exit code 2. */
class ConnectionAndUsageTest {

  @TempDir
  Path directory;

  @Test
  void unreachableClusterFailsFastWithOneLine() throws IOException {
    int closedPort = closedLoopbackPort();
    Path kubeconfig = directory.resolve("kubeconfig");
    KubeconfigFile.write(kubeconfig, "http://127.0.0.1:" + closedPort, "closed", "default");
    long started = System.nanoTime();

    PluginRun.Result result = new PluginRun(kubeconfig, Clock.systemUTC()).run("get", "any");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err().lines()).hasSize(1);
    assertThat(result.err()).startsWith("error: cannot reach the Kubernetes API server at http://127.0.0.1:" + closedPort);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void missingKubeconfigIsUsageError() {
    Path absent = directory.resolve("absent-kubeconfig");

    PluginRun.Result result = new PluginRun(absent, Clock.systemUTC()).run("get");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).isEqualToIgnoringNewLines("error: kubeconfig file not found: " + absent);
  }

  @Test
  void unknownSubcommandIsUsageError() {
    PluginRun.Result result = PluginRun.runExactly(Clock.systemUTC(), "deploy", "web");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).startsWith("error: Unmatched arguments from index 0: 'deploy', 'web'");
  }

  @Test
  void missingNameIsUsageError() {
    PluginRun.Result result = PluginRun.runExactly(Clock.systemUTC(), "status");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).startsWith("error: Missing required parameter: 'NAME'");
  }

  @Test
  void subcommandHelpPrintsUsage() {
    for (String command : new String[] {"apply", "status", "wait", "rollback"}) {
      for (String flag : new String[] {"--help", "-h"}) {
        PluginRun.Result result = PluginRun.runExactly(Clock.systemUTC(), command, flag);

        assertThat(result.exitCode()).as("exit code of %s %s", command, flag).isZero();
        assertThat(result.out()).as("output of %s %s", command, flag)
            .startsWith("Usage: kubectl testpod " + command);
        assertThat(result.err()).as("errors of %s %s", command, flag).isEmpty();
      }
    }
  }

  @Test
  void helpListsEveryCommandAndExitCodes() {
    PluginRun.Result result = PluginRun.runExactly(Clock.systemUTC(), "--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("apply", "get", "status", "history", "events", "rollback", "retry", "pause",
        "resume", "wait", "Exit codes: 0 success, 1 the awaited outcome did not happen");
  }

  @Test
  void parseReadsCommandLineWithoutRunningIt() {
    ParseResult parsed = KubectlTestpod.parse("-n", "preprod", "rollback", "test-pod", "--to", "3");

    assertThat(parsed.matchedOptionValue("--namespace", "")).isEqualTo("preprod");
    assertThat(parsed.subcommand().commandSpec().name()).isEqualTo("rollback");
    assertThat(parsed.subcommand().matchedPositionalValue(0, "")).isEqualTo("test-pod");
    assertThat(parsed.subcommand().matchedOptionValue("--to", "")).isEqualTo("3");
  }

  private static int closedLoopbackPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
