package dev.testpod.operator.support;

/** How a simulated pod of an image behaves once the simulated kubelet starts it. */
public enum PodBehavior {
  /** Runs, is ready and reports its image tag as version. */
  HEALTHY,
  /** Runs but its readiness endpoint returns 503, so it never becomes ready. */
  READINESS_503,
  /** Runs and is ready but reports another version than its image tag. */
  WRONG_VERSION,
  /** The image cannot be pulled: ErrImagePull, then ImagePullBackOff. */
  PULL_FAILS,
  /** The container exits at once and restarts with back-off: CrashLoopBackOff. */
  CRASH_LOOP,
  /** A referenced Secret key is missing at container creation: CreateContainerConfigError. */
  CONFIG_ERROR,
  /** Stays in ContainerCreating; the Deployment reports ProgressDeadlineExceeded. */
  STUCK
}
