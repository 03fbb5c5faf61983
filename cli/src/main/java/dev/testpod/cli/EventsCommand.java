package dev.testpod.cli;

import io.fabric8.kubernetes.api.model.Event;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "events", description = "Lists the Kubernetes Events of a release, oldest first.")
class EventsCommand extends PluginCommand {

  private static final String ROW_FORMAT = "%-10s %-8s %-20s %s%n";

  @Parameters(paramLabel = "NAME", description = "Release name.")
  String name;

  @Override
  int run(ReleaseClient releases) {
    releases.get(name);
    List<Event> events = releases.events(name);
    if (events.isEmpty()) {
      out().println("No events found for testpodrelease/" + name + ".");
      return ExitCode.OK;
    }
    out().printf(ROW_FORMAT, "LAST SEEN", "TYPE", "REASON", "MESSAGE");
    for (Event event : events) {
      Instant seen = EventTimes.lastSeen(event);
      String age = seen == null ? "?" : GoDuration.format(Duration.between(seen, root.clock().instant())) + " ago";
      out().printf(ROW_FORMAT, age, event.getType(), event.getReason(), event.getMessage());
    }
    return ExitCode.OK;
  }
}
