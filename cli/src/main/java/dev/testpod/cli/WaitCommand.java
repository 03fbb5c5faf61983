package dev.testpod.cli;

import dev.testpod.api.Phase;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "wait", description = {
    "Waits until a release reaches a phase for its current spec.",
    "Exit 0 when it does, 1 when the timeout passes or the release settles in another phase",
    "(Succeeded, RolledBack, Failed, Invalid or Paused)."})
class WaitCommand extends PluginCommand {

  private static final String PHASE_PREFIX = "phase=";

  @Parameters(paramLabel = "NAME", description = "Release name.")
  String name;

  @Option(names = "--for", required = true, paramLabel = "phase=PHASE",
      description = "Awaited phase, such as phase=Succeeded or phase=RolledBack.")
  String condition;

  @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "6m",
      description = "How long to wait, such as 90s or 6m (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  private Phase awaited;

  @Override
  public Integer call() throws Exception {
    awaited = parsePhase(condition);
    return super.call();
  }

  @Override
  int run(ReleaseClient releases) {
    PhaseWait.Outcome outcome = releases.awaitPhase(name, awaited, timeout);
    if (outcome.reached()) {
      out().println(outcome.description());
      return ExitCode.OK;
    }
    spec.commandLine().getErr().println("error: " + outcome.description());
    return ExitCode.OUTCOME_NOT_REACHED;
  }

  static Phase parsePhase(String condition) {
    String phases = Arrays.stream(Phase.values()).map(Phase::name).collect(Collectors.joining(", "));
    if (!condition.startsWith(PHASE_PREFIX)) {
      throw CliException.usage("invalid --for '" + condition + "': use phase=PHASE with one of " + phases);
    }
    String value = condition.substring(PHASE_PREFIX.length());
    return Arrays.stream(Phase.values())
        .filter(phase -> phase.name().equalsIgnoreCase(value))
        .findFirst()
        .orElseThrow(() -> CliException.usage("invalid phase '" + value + "' in --for: use one of " + phases));
  }
}
