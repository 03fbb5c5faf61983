package dev.testpod.local;

/** The repository, tag and digest of an image reference such as {@code ghcr.io/acme/test-pod-app:1.0.0@sha256:...}. */
public record ImageName(String repository, String tag, String digest) {

  public static ImageName parse(String image) {
    String rest = image;
    String digest = null;
    int at = rest.indexOf('@');
    if (at >= 0) {
      digest = rest.substring(at + 1);
      rest = rest.substring(0, at);
    }
    String tag = null;
    int colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
      tag = rest.substring(colon + 1);
      rest = rest.substring(0, colon);
    }
    return new ImageName(rest, tag, digest);
  }
}
