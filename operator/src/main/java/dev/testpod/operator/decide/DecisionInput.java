package dev.testpod.operator.decide;

import dev.testpod.api.TestPodRelease;
import dev.testpod.operator.observe.ObservedState;
import dev.testpod.operator.spec.SpecViolation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Everything a decision depends on.
 *
 * @param idleRequeue how long to wait before looking again at a release that is not validating
 */
public record DecisionInput(
    TestPodRelease release, List<SpecViolation> violations, ObservedState observed, Instant now, Duration idleRequeue) {

  public DecisionInput {
    violations = List.copyOf(violations);
  }
}
