package dev.testpod.cli;

import dev.testpod.api.Phase;
import dev.testpod.api.TestPodRelease;
import dev.testpod.api.TestPodReleaseStatus;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** Questions about a release's status that waiting and watching ask. */
public final class ReleaseState {

  /** Phases in which the operator has finished with the current spec until something changes. */
  public static final Set<Phase> SETTLED_PHASES =
      EnumSet.of(Phase.Succeeded, Phase.RolledBack, Phase.Failed, Phase.Invalid, Phase.Paused);

  private ReleaseState() {}

  public static Phase phase(TestPodRelease release) {
    TestPodReleaseStatus status = release.getStatus();
    return status == null ? null : status.getPhase();
  }

  /**
   * Tells whether the status describes the current spec: {@code status.observedGeneration}, or the
   * observed generation of any condition, equals {@code metadata.generation}. A release whose
   * generation the server does not track counts as current.
   */
  public static boolean describesCurrentSpec(TestPodRelease release) {
    Long generation = release.getMetadata().getGeneration();
    TestPodReleaseStatus status = release.getStatus();
    if (status == null) {
      return false;
    }
    if (generation == null || Objects.equals(status.getObservedGeneration(), generation)) {
      return true;
    }
    return status.getConditions() != null
        && status.getConditions().stream().anyMatch(condition -> generation.equals(condition.getObservedGeneration()));
  }

  /** Tells whether the release has settled, for its current spec, in a phase. */
  public static boolean settledIn(TestPodRelease release, Phase phase) {
    return phase == phase(release) && describesCurrentSpec(release);
  }

  /** Tells whether the release has settled, for its current spec, in any of {@link #SETTLED_PHASES}. */
  public static boolean settled(TestPodRelease release) {
    return SETTLED_PHASES.contains(phase(release)) && describesCurrentSpec(release);
  }
}
