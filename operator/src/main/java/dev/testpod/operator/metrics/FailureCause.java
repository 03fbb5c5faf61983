package dev.testpod.operator.metrics;

import dev.testpod.operator.notification.OutcomeReport;
import dev.testpod.operator.notification.PodFailure;
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
   * Classifies an outcome report. A report without a failure reason is a manual rollback. The
   * Kubernetes state of the failed pod decides the cause; the reason sentence is read only when a
   * report carries no pod state.
   *
   * <p>NOTE: a failure without pod state is classified by the wording of its reason, so a reworded
   * deadline message would fall into {@link #Other}.
   */
  static FailureCause of(OutcomeReport report) {
    if (report.failureReason() == null) {
      return Manual;
    }
    PodFailure pod = report.podFailure();
    if (pod != null && pod.reason() != null) {
      for (FailureCause cause : NAMED_STATES) {
        if (cause.name().equals(pod.reason())) {
          return cause;
        }
      }
      return ValidationTimeout;
    }
    return ofReason(report.failureReason());
  }

  /** Classifies a failure reason sentence by the Kubernetes state name inside it. */
  static FailureCause ofReason(String failureReason) {
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
