package dev.testpod.api;

/**
 * Image reference rules shared by the CRD schema and the operator's own spec validation, because a
 * server may not enforce the schema.
 *
 * <p>The pattern is written for RE2, the regular expression engine of the Kubernetes API server,
 * which has no look-around. It also compiles with {@link java.util.regex.Pattern} and means the
 * same there.
 *
 * <p>NOTE: registry hosts are DNS names or IPv4 addresses in lower case. IPv6 hosts such as
 * {@code [::1]:5000} and digests other than sha256 are rejected, although image references allow
 * them.
 */
public final class ImageReference {

  /** One DNS label of a registry host. */
  private static final String HOST_LABEL = "[a-z0-9](?:[a-z0-9-]*[a-z0-9])?";

  /** Registry host with an optional port, such as {@code ghcr.io} or {@code localhost:5000}. */
  private static final String REGISTRY = HOST_LABEL + "(?:\\." + HOST_LABEL + ")*(?::[0-9]{1,5})?";

  /** One path component: lower-case letters and digits joined by '.', '_', '__' or runs of '-'. */
  private static final String PATH_COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";

  private static final String REPOSITORY =
      "(?:" + REGISTRY + "/)?" + PATH_COMPONENT + "(?:/" + PATH_COMPONENT + ")*";

  private static final String TAG_FIRST_CHAR = "[A-Za-z0-9_]";
  private static final String TAG_CHAR = "[A-Za-z0-9_.-]";

  /**
   * A tag of 1 to 128 characters other than {@code latest}. Without look-ahead the pattern lists
   * tags of 1 to 5 characters, tags of 7 to 128 characters, and six-character tags that differ
   * from {@code latest} at the first, second, ..., sixth position.
   */
  private static final String TAG_OTHER_THAN_LATEST =
      "(?:"
          + TAG_FIRST_CHAR + TAG_CHAR + "{0,4}"
          + "|" + TAG_FIRST_CHAR + TAG_CHAR + "{6,127}"
          + "|[A-Za-km-z0-9_]" + TAG_CHAR + "{5}"
          + "|l[A-Zb-z0-9_.-]" + TAG_CHAR + "{4}"
          + "|la[A-Za-su-z0-9_.-]" + TAG_CHAR + "{3}"
          + "|lat[A-Za-df-z0-9_.-]" + TAG_CHAR + "{2}"
          + "|late[A-Za-rt-z0-9_.-]" + TAG_CHAR
          + "|lates[A-Za-su-z0-9_.-]"
          + ")";

  private static final String DIGEST = "@sha256:[a-f0-9]{64}";

  /**
   * Lower-case repository path with an optional registry host and port, then a tag, a sha256
   * digest or both. The tag {@code latest} is rejected, other tags may contain upper case.
   */
  public static final String SCHEMA_PATTERN =
      "^" + REPOSITORY + "(?::" + TAG_OTHER_THAN_LATEST + "(?:" + DIGEST + ")?|" + DIGEST + ")$";

  private ImageReference() {}
}
