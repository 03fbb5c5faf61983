package dev.testpod.operator.leader;

import io.javaoperatorsdk.operator.api.config.LeaderElectionConfiguration;

/** Builds JOSDK's leader election configuration from the operator's settings. */
public final class LeaderElectionConfigurations {

  private LeaderElectionConfigurations() {}

  /**
   * Returns the JOSDK configuration for {@code settings}, reporting role changes to {@code tracker}.
   * JOSDK's own exit on a lost Lease stays off: fabric8 also reports a lost Lease when the operator
   * stops, on the stopping thread, and {@code System.exit} called from a shutdown hook blocks that
   * hook forever. The tracker's {@link LeadershipTracker#onLeaseLost} action handles a real loss.
   */
  public static LeaderElectionConfiguration of(LeaderElectionSettings settings, LeadershipTracker tracker) {
    return new LeaderElectionConfiguration(
        settings.leaseName(),
        settings.leaseNamespace().orElse(null),
        settings.leaseDuration(),
        settings.renewDeadline(),
        settings.retryPeriod(),
        settings.identity(),
        tracker.callbacks(),
        false);
  }
}
