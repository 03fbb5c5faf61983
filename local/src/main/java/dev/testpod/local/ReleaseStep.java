package dev.testpod.local;

import dev.testpod.api.Phase;
import dev.testpod.api.TestPodRelease;
import dev.testpod.cli.GoDuration;
import dev.testpod.cli.PhaseWait;
import dev.testpod.cli.ReleaseClient;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Applies one release through the plugin's client code and waits for the expected phase. */
final class ReleaseStep {

  /** Outcome of one step: whether the phase was reached, and the time from the apply until a watch delivered it. */
  record Result(boolean reached, Duration elapsed, String description) {}

  private final ReleaseClient releases;
  private final PrintStream out;
  private final Clock clock;

  /** Creates a step runner. The awaited phase counts only once its status describes the applied spec. */
  ReleaseStep(ReleaseClient releases, PrintStream out, Clock clock) {
    this.releases = releases;
    this.out = out;
    this.clock = clock;
  }

  Result run(String title, TestPodRelease release, Phase expected, Duration timeout) {
    out.println();
    out.println("== " + title + ": " + release.getSpec().getImage() + ", expecting " + expected);
    Instant applied = clock.instant();
    ReleaseClient.ApplyResult applyResult = releases.apply(release);
    out.println(PhaseTimeline.format(applied) + "  testpodrelease/" + release.getMetadata().getName() + " " + applyResult);
    PhaseWait.Outcome outcome = releases.awaitPhase(release.getMetadata().getName(), expected, timeout);
    Duration elapsed = Duration.between(applied, clock.instant());
    if (outcome.reached()) {
      out.println("   " + expected + " " + GoDuration.format(elapsed) + " (" + elapsed.toMillis() + " ms) after the apply");
    } else {
      out.println("   UNEXPECTED: " + outcome.description());
    }
    return new Result(outcome.reached(), elapsed, outcome.description());
  }
}
