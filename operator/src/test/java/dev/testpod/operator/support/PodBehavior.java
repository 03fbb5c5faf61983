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
  /** The image cannot be pulled and the kubelet already backs off: ImagePullBackOff from the start. */
  PULL_BACK_OFF,
  /**
   * The container exits at once and restarts with back-off: CrashLoopBackOff after
   * {@link #CRASH_LOOP_RESTARTS} restarts, the last one ending with {@link #CRASH_LOOP_EXIT_CODE}.
   */
  CRASH_LOOP,
  /** A referenced Secret key is missing at container creation: CreateContainerConfigError. */
  CONFIG_ERROR,
  /** Stays in ContainerCreating; the Deployment reports ProgressDeadlineExceeded. */
  STUCK;

  /** Restart count that a {@link #CRASH_LOOP} container reports. */
  public static final int CRASH_LOOP_RESTARTS = 3;
  /** Exit code of the last terminated instance of a {@link #CRASH_LOOP} container. */
  public static final int CRASH_LOOP_EXIT_CODE = 1;
}
