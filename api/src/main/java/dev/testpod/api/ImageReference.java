package dev.testpod.api;

/**
 * Image reference rules shared by the CRD schema and the operator's own spec validation, because a
 * server may not enforce the schema.
 */
public final class ImageReference {

  /**
   * Lower-case repository path with an optional registry host and port, then a tag, a sha256 digest
   * or both. The tag {@code latest} is excluded by a negative look-ahead.
   */
  public static final String SCHEMA_PATTERN =
      "^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\\.[a-z0-9]+(?:[._-][a-z0-9]+)*)*(?::[0-9]+)?/)?"
          + "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*"
          + "(?:(?::(?!latest(?:@|$))[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})(?:@sha256:[a-f0-9]{64})?"
          + "|@sha256:[a-f0-9]{64})$";

  private ImageReference() {}
}
