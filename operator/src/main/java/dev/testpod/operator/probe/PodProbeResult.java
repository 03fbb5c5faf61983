package dev.testpod.operator.probe;

import java.util.List;

/**
 * The result of probing one pod in a round.
 *
 * @param detail what was seen, such as {@code HTTP 200} or {@code /q/health/ready returned HTTP 503}
 * @param httpStatus status of the health path; null when the pod did not respond
 * @param failingChecks health checks the response body reported DOWN; empty when none or not parsed
 */
public record PodProbeResult(String pod, boolean passed, String detail, Integer httpStatus, List<String> failingChecks) {

  public PodProbeResult {
    failingChecks = failingChecks == null ? List.of() : List.copyOf(failingChecks);
  }

  /** Creates a result without an HTTP status, such as after a timeout or a refused connection. */
  public PodProbeResult(String pod, boolean passed, String detail) {
    this(pod, passed, detail, null, List.of());
  }
}
