package dev.testpod.cli;

import dev.testpod.api.HistoryEntry;
import dev.testpod.api.TestPodRelease;
import dev.testpod.api.TestPodReleaseStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "history", description = "Lists the revisions of a release, newest first, marking the running and the stable one.")
class HistoryCommand extends PluginCommand {

  private static final String ROW_FORMAT = "%-9s %-48s %-21s %-12s %-16s %s%n";

  @Parameters(paramLabel = "NAME", description = "Release name.")
  String name;

  @Override
  int run(ReleaseClient releases) {
    TestPodRelease release = releases.get(name);
    TestPodReleaseStatus status = release.getStatus();
    if (status == null || status.getHistory() == null || status.getHistory().isEmpty()) {
      out().println("testpodrelease/" + name + " has no revisions yet.");
      return ExitCode.OK;
    }
    out().printf(ROW_FORMAT, "REVISION", "IMAGE", "DEPLOYED", "RESULT", "MARK", "REASON");
    for (HistoryEntry entry : status.getHistory()) {
      out().printf(ROW_FORMAT,
          entry.getRevision(),
          entry.getImage(),
          Objects.toString(entry.getDeployedAt(), ""),
          Objects.toString(entry.getResult(), ""),
          marks(status, entry),
          Objects.toString(entry.getReason(), ""));
    }
    return ExitCode.OK;
  }

  private static String marks(TestPodReleaseStatus status, HistoryEntry entry) {
    List<String> marks = new ArrayList<>();
    if (Objects.equals(entry.getRevision(), status.getRevision())) {
      marks.add("running");
    }
    if (Objects.equals(entry.getRevision(), status.getStableRevision())) {
      marks.add("stable");
    }
    return String.join(",", marks);
  }
}
