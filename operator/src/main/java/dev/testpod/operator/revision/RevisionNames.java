package dev.testpod.operator.revision;

/** Names of the objects the operator owns for a release. */
public final class RevisionNames {

  private RevisionNames() {}

  /** Returns the ControllerRevision name of {@code revision}: the release name, a dash, the number. */
  public static String controllerRevision(String releaseName, long revision) {
    return releaseName + "-" + revision;
  }
}
