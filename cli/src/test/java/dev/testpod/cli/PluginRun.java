package dev.testpod.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Runs the plugin in-process against a kubeconfig and captures what it prints. */
final class PluginRun {

  /** Exit code and printed text of one run. */
  record Result(int exitCode, String out, String err) {}

  private final Path kubeconfig;
  private final Clock clock;

  PluginRun(Path kubeconfig, Clock clock) {
    this.kubeconfig = kubeconfig;
    this.clock = clock;
  }

  Result run(String... args) {
    List<String> withKubeconfig = new ArrayList<>(List.of("--kubeconfig", kubeconfig.toString()));
    withKubeconfig.addAll(List.of(args));
    return runExactly(clock, withKubeconfig.toArray(String[]::new));
  }

  static Result runExactly(Clock clock, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = KubectlTestpod.commandLine(clock);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new Result(exitCode, out.toString(), err.toString());
  }
}
