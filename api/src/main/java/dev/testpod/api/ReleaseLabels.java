package dev.testpod.api;

/** Labels and annotations that belong to the TestPodRelease contract. */
public final class ReleaseLabels {

  /** Pod and owned-object label naming the release. */
  public static final String RELEASE = "testpod.dev/release";
  /** Pod label naming the revision the pod runs. */
  public static final String REVISION = "testpod.dev/revision";
  /** One-shot annotation: roll back to a revision number or to {@code previous}. */
  public static final String ROLLBACK_TO = "testpod.dev/rollback-to";
  /** One-shot annotation: re-attempt the current spec after a rollback when its value changes. */
  public static final String RETRY = "testpod.dev/retry";

  private ReleaseLabels() {}
}
