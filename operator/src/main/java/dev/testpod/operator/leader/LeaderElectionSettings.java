package dev.testpod.operator.leader;

import java.time.Duration;
import java.util.Optional;

/**
 * Settings of the coordination.k8s.io Lease through which replicas of the operator elect the one that reconciles.
 *
 * @param enabled elect a leader; off, every replica reconciles, which is safe only with one replica
 * @param leaseName name of the Lease object
 * @param leaseNamespace namespace of the Lease; empty means the namespace of the client's
 *     configuration, which in a pod is the service account's namespace
 * @param identity this replica's name in the Lease, usually the pod name
 * @param leaseDuration how long followers wait after the last renewal before taking over
 * @param renewDeadline how long the leader keeps retrying a renewal before it gives up leading
 * @param retryPeriod pause between attempts to acquire or renew the Lease
 */
public record LeaderElectionSettings(
    boolean enabled,
    String leaseName,
    Optional<String> leaseNamespace,
    String identity,
    Duration leaseDuration,
    Duration renewDeadline,
    Duration retryPeriod) {

  public static final String DEFAULT_LEASE_NAME = "testpod-operator";

  /** Leader election off, as for a single embedded operator in tests and local mode. */
  public static LeaderElectionSettings disabled() {
    return new LeaderElectionSettings(false, DEFAULT_LEASE_NAME, Optional.empty(), "testpod-operator",
        Duration.ofSeconds(15), Duration.ofSeconds(10), Duration.ofSeconds(2));
  }
}
