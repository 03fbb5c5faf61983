package dev.testpod.operator.decide;

import dev.testpod.api.FailedPod;
import dev.testpod.api.ProbeResult;
import dev.testpod.operator.notification.PodFailure;
import dev.testpod.operator.probe.ProbeRound;

/** Converts the failed pod between its status form and the structured state notifications report. */
final class FailedPods {

  private FailedPods() {}

  static FailedPod toStatus(PodFailure failure) {
    if (failure == null) {
      return null;
    }
    return new FailedPod(failure.pod(), failure.container(), failure.reason(), failure.restartCount(),
        failure.lastExitCode(), failure.failingChecks());
  }

  static PodFailure fromStatus(FailedPod pod) {
    if (pod == null) {
      return null;
    }
    return new PodFailure(pod.getPod(), pod.getContainer(), pod.getReason(), pod.getRestartCount(),
        pod.getLastExitCode(), pod.getFailingChecks());
  }

  /** Returns the pod of a failed probe, or null when the probe passed or none ran. */
  static PodFailure fromProbe(ProbeResult probe) {
    if (probe == null || probe.getPod() == null || ProbeRound.ALL_PASSED.equals(probe.getResult())) {
      return null;
    }
    String reason = probe.getHttpStatus() == null ? probe.getResult() : "HTTP " + probe.getHttpStatus();
    return new PodFailure(probe.getPod(), null, reason, null, null, probe.getFailingChecks());
  }
}
