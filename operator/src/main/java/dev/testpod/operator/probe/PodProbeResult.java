package dev.testpod.operator.probe;

/**
 * The result of probing one pod in a round.
 *
 * @param detail what was seen, such as {@code HTTP 200} or {@code HTTP 503}
 */
public record PodProbeResult(String pod, boolean passed, String detail) {}
