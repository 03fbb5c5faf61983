package dev.testpod.local;

import dev.testpod.api.Phase;
import dev.testpod.api.TestPodRelease;
import dev.testpod.cli.ReleaseClient;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Follows one release and prints each change of its phase, revision or observed generation with the time it was seen. */
final class PhaseTimeline implements AutoCloseable {

  private static final Duration POLL_PERIOD = Duration.ofMillis(200);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

  /** One observed phase with the time it was first seen. */
  record Change(Instant at, Phase phase, Long revision, Long observedGeneration, String message) {}

  private final ReleaseClient releases;
  private final String name;
  private final PrintStream out;
  private final Clock clock;
  private final List<Change> changes = new ArrayList<>();
  private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(Kubelet.daemon("timeline"));

  PhaseTimeline(ReleaseClient releases, String name, PrintStream out, Clock clock) {
    this.releases = releases;
    this.name = name;
    this.out = out;
    this.clock = clock;
    poller.scheduleWithFixedDelay(this::poll, 0, POLL_PERIOD.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void poll() {
    try {
      releases.find(name).ifPresent(this::record);
    } catch (RuntimeException e) {
      out.println(TIME.format(clock.instant()) + "  could not read testpodrelease/" + name + ": " + e.getMessage());
    }
  }

  private synchronized void record(TestPodRelease release) {
    if (release.getStatus() == null || release.getStatus().getPhase() == null) {
      return;
    }
    Change last = changes.isEmpty() ? null : changes.get(changes.size() - 1);
    Phase phase = release.getStatus().getPhase();
    Long revision = release.getStatus().getRevision();
    Long observedGeneration = release.getStatus().getObservedGeneration();
    if (last != null && last.phase() == phase && Objects.equals(last.revision(), revision)
        && Objects.equals(last.observedGeneration(), observedGeneration)) {
      return;
    }
    Change change = new Change(clock.instant(), phase, revision, observedGeneration, release.getStatus().getMessage());
    changes.add(change);
    out.printf("%s  %-12s revision %-3s %s%n", TIME.format(change.at()), phase, revision == null ? "-" : revision,
        change.message() == null ? "" : change.message());
  }

  static String format(Instant instant) {
    return TIME.format(instant);
  }

  @Override
  public void close() {
    poller.shutdownNow();
  }
}
