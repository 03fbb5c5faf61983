package dev.testpod.operator.spec;

import java.util.Optional;

/** Extracts the tag of an image reference, the version the pods must report. */
public final class ImageTag {

  private ImageTag() {}

  /** Returns the tag of {@code image}, or empty for a digest-only reference such as {@code repo@sha256:...}. */
  public static Optional<String> of(String image) {
    String name = image;
    int digest = name.indexOf('@');
    if (digest >= 0) {
      name = name.substring(0, digest);
    }
    int colon = name.lastIndexOf(':');
    if (colon < 0 || colon < name.lastIndexOf('/')) {
      return Optional.empty();
    }
    return Optional.of(name.substring(colon + 1));
  }
}
