package dev.testpod.operator.probe;

import dev.testpod.api.HealthCheckSpec;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.List;
import java.util.Optional;

/** Runs one probe round over the new pods of a revision. */
public interface PodProber {

  /**
   * Probes each pod's health path and, when set, its version path.
   *
   * @param expectedVersion the image tag the version path must report; empty to skip that check
   */
  ProbeRound probe(List<Pod> pods, int port, HealthCheckSpec healthCheck, Optional<String> expectedVersion);
}
