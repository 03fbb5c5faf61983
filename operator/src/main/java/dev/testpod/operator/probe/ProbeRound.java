package dev.testpod.operator.probe;

import java.time.Instant;
import java.util.List;

/** One probe of every new pod of the revision under validation. */
public record ProbeRound(Instant time, List<PodProbeResult> results) {

  /** The {@link PodProbeResult#detail()} of the summary of a round in which every pod passed. */
  public static final String ALL_PASSED = "passed";

  public ProbeRound {
    results = List.copyOf(results);
  }

  /** True when every pod passed; a round without pods passes, because zero replicas is allowed. */
  public boolean allPassed() {
    return results.stream().allMatch(PodProbeResult::passed);
  }

  /** Returns the first failing pod's result, or a summary of all pods when every pod passed. */
  public PodProbeResult summary() {
    return results.stream()
        .filter(result -> !result.passed())
        .findFirst()
        .orElseGet(() -> new PodProbeResult(results.size() + " pod(s)", true, ALL_PASSED));
  }
}
