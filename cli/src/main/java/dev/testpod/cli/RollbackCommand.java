package dev.testpod.cli;

import dev.testpod.api.HistoryEntry;
import dev.testpod.api.TestPodRelease;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "rollback", description = "Asks the operator to roll a release back to a revision of its history.")
class RollbackCommand extends PluginCommand {

  static final String PREVIOUS = "previous";

  @Parameters(paramLabel = "NAME", description = "Release name.")
  String name;

  @Option(names = "--to", paramLabel = "REVISION", defaultValue = PREVIOUS,
      description = "Revision number from 'history', or 'previous' for the last stable revision (default: ${DEFAULT-VALUE}).")
  String target;

  @Override
  public Integer call() throws Exception {
    checkTargetForm();
    return super.call();
  }

  @Override
  int run(ReleaseClient releases) {
    checkTargetInHistory(releases.get(name));
    releases.requestRollback(name, target);
    String what = PREVIOUS.equals(target) ? "the previous stable revision" : "revision " + target;
    out().println("testpodrelease/" + name + ": rollback to " + what + " requested");
    return ExitCode.OK;
  }

  private void checkTargetForm() {
    if (PREVIOUS.equals(target)) {
      return;
    }
    try {
      if (Long.parseLong(target) >= 1) {
        return;
      }
    } catch (NumberFormatException e) {
      // Reported below together with the negative case.
    }
    throw CliException.usage("invalid --to '" + target + "': use a revision number (1 or more) or 'previous'");
  }

  private void checkTargetInHistory(TestPodRelease release) {
    if (PREVIOUS.equals(target) || release.getStatus() == null) {
      return;
    }
    List<HistoryEntry> history = release.getStatus().getHistory();
    long revision = Long.parseLong(target);
    if (history != null && history.stream().noneMatch(entry -> entry.getRevision() != null && entry.getRevision() == revision)) {
      String known = history.stream().map(entry -> String.valueOf(entry.getRevision())).collect(Collectors.joining(", "));
      throw CliException.usage("revision " + target + " is not in the history of testpodrelease/" + name
          + " (revisions: " + (known.isEmpty() ? "none" : known) + ")");
    }
  }
}
