package dev.testpod.operator.leader;

import io.javaoperatorsdk.operator.api.config.LeaderElectionConfiguration;

/** Builds JOSDK's leader election configuration from the operator's settings. */
public final class LeaderElectionConfigurations {

  private LeaderElectionConfigurations() {}

  /**
   * Returns the JOSDK configuration for {@code settings}, reporting role changes to {@code tracker}.
   *
   * @param exitOnStopLeading end the JVM when this replica loses the Lease, so that it never
   *     reconciles beside a new leader; JOSDK then calls {@code System.exit(1)}. Tests that run
   *     several operators in one JVM turn it off and stop the old leader themselves.
   */
  public static LeaderElectionConfiguration of(
      LeaderElectionSettings settings, LeadershipTracker tracker, boolean exitOnStopLeading) {
    return new LeaderElectionConfiguration(
        settings.leaseName(),
        settings.leaseNamespace().orElse(null),
        settings.leaseDuration(),
        settings.renewDeadline(),
        settings.retryPeriod(),
        settings.identity(),
        tracker.callbacks(),
        exitOnStopLeading);
  }
}
