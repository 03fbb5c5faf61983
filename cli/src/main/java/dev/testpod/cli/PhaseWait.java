package dev.testpod.cli;

import dev.testpod.api.Phase;
import dev.testpod.api.TestPodRelease;
import io.fabric8.kubernetes.client.KubernetesClientTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Waits, through a watch, until a release settles for its current spec. Waiting ends early when it
 * settles in a phase other than the awaited one, because the operator will not move it on by itself.
 */
public final class PhaseWait {

  /** Result of a wait: whether the awaited phase was reached, the last release seen and a sentence for people. */
  public record Outcome(boolean reached, TestPodRelease release, String description) {}

  private final ReleaseClient releases;

  public PhaseWait(ReleaseClient releases) {
    this.releases = releases;
  }

  public Outcome await(String name, Phase awaited, Duration timeout) {
    TestPodRelease current = releases.get(name);
    if (!isDecided(current, awaited)) {
      try {
        current = releases.resource(name)
            .waitUntilCondition(release -> release == null || isDecided(release, awaited), timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (KubernetesClientTimeoutException e) {
        TestPodRelease last = releases.get(name);
        return new Outcome(false, last, "timed out after " + GoDuration.format(timeout) + " waiting for phase "
            + awaited + " of testpodrelease/" + name + "; phase is " + ReleaseState.phase(last));
      }
      if (current == null) {
        throw new ReleaseNotFoundException(releases.namespace(), name);
      }
    }
    if (ReleaseState.settledIn(current, awaited)) {
      return new Outcome(true, current, "testpodrelease/" + name + " reached phase " + awaited);
    }
    return new Outcome(false, current, "testpodrelease/" + name + " settled in phase " + ReleaseState.phase(current)
        + ", not " + awaited + ": " + message(current));
  }

  private static boolean isDecided(TestPodRelease release, Phase awaited) {
    return ReleaseState.settledIn(release, awaited) || ReleaseState.settled(release);
  }

  private static String message(TestPodRelease release) {
    String message = release.getStatus() == null ? null : release.getStatus().getMessage();
    return message == null ? "no message" : message;
  }
}
