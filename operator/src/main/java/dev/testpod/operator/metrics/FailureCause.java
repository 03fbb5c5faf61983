package dev.testpod.operator.metrics;

import java.util.List;

/**
 * The bounded set of failure causes used as the {@code reason} label, so that a metric never gets
 * one series per pod name or message.
 */
enum FailureCause {
  ImagePullBackOff,
  ErrImagePull,
  InvalidImageName,
  CreateContainerConfigError,
  CrashLoopBackOff,
  ProgressDeadlineExceeded,
  /** The validation deadline passed before enough probe rounds succeeded. */
  ValidationTimeout,
  /** A person asked for the rollback with the rollback-to annotation. */
  Manual,
  Other;

  private static final List<FailureCause> NAMED_STATES = List.of(
      ImagePullBackOff, ErrImagePull, InvalidImageName, CreateContainerConfigError, CrashLoopBackOff,
      ProgressDeadlineExceeded);

  /**
   * Classifies the failure reason of an outcome report. A missing reason means a manual rollback.
   *
   * <p>NOTE: the report carries the reason only as a sentence, so the cause is found by the Kubernetes
   * state name inside it; a reworded deadline message would fall into {@link #Other}.
   */
  static FailureCause of(String failureReason) {
    if (failureReason == null) {
      return Manual;
    }
    for (FailureCause cause : NAMED_STATES) {
      if (failureReason.contains(cause.name())) {
        return cause;
      }
    }
    if (failureReason.startsWith("validation did not pass within")) {
      return ValidationTimeout;
    }
    return Other;
  }
}
