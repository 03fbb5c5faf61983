package dev.testpod.operator.notification;

import java.util.List;

/**
 * State of the pod whose failure ended a validation, as notifications report it.
 *
 * @param pod pod name
 * @param container container name; null when the failure concerns the whole pod
 * @param reason container waiting or termination reason such as {@code ImagePullBackOff} or
 *     {@code CrashLoopBackOff}, or the probe result such as {@code HTTP 503}
 * @param restartCount container restarts so far; null when unknown
 * @param lastExitCode exit code of the last terminated container instance; null when it never
 *     terminated
 * @param failingChecks names of the health checks reported DOWN by the readiness endpoint; empty
 *     when the failure is not a readiness response
 */
public record PodFailure(
    String pod,
    String container,
    String reason,
    Integer restartCount,
    Integer lastExitCode,
    List<String> failingChecks) {

  public PodFailure {
    failingChecks = failingChecks == null ? List.of() : List.copyOf(failingChecks);
  }
}
