package dev.testpod.local;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The images local mode can "pull": any repository whose last path segment is {@code test-pod-app}
 * (such as {@code ghcr.io/acme/test-pod-app}) maps to the locally built jar, and only the listed tags
 * exist. Everything else behaves as an image that cannot be pulled.
 */
public final class LocalRegistry {

  /** Last path segment of the test-pod app's image repository. */
  public static final String APP_REPOSITORY_NAME = "test-pod-app";
  /** Example tags that exist besides the built version, so releases can move between versions. */
  public static final Set<String> EXAMPLE_TAGS = Set.of("1.0.0", "1.1.0", "1.2.0", "2.0.0");

  private final Set<String> tags;

  public LocalRegistry(Set<String> tags) {
    this.tags = Set.copyOf(tags);
  }

  /** A registry with the example tags plus the given ones, such as the built version. */
  public static LocalRegistry withDefaultTags(Set<String> extraTags) {
    Set<String> all = new TreeSet<>(EXAMPLE_TAGS);
    all.addAll(extraTags);
    return new LocalRegistry(all);
  }

  public Set<String> tags() {
    return new TreeSet<>(tags);
  }

  /** Returns why the image cannot be pulled, or empty when it can. */
  public Optional<String> pullFailure(String image) {
    ImageName name = ImageName.parse(image);
    if (!name.repository().equals(APP_REPOSITORY_NAME) && !name.repository().endsWith("/" + APP_REPOSITORY_NAME)) {
      return Optional.of("repository " + name.repository() + " is not in the local registry, which has only "
          + APP_REPOSITORY_NAME);
    }
    if (name.tag() == null) {
      return Optional.of("image " + image + " has no tag; the local registry resolves tags only");
    }
    if (!tags.contains(name.tag())) {
      return Optional.of("manifest for " + image + " not found: tag " + name.tag()
          + " is not in the local registry (tags: " + String.join(", ", tags()) + ")");
    }
    return Optional.empty();
  }
}
