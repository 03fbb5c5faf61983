package dev.testpod.operator.spec;

import dev.testpod.api.ImageReference;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks {@code spec.image} against the same rules as the CRD schema and names what is wrong. */
final class ImageReferenceCheck {

  private static final Pattern VALID = Pattern.compile(ImageReference.SCHEMA_PATTERN);
  private static final Pattern DIGEST = Pattern.compile("@sha256:([^@]*)$");
  private static final Pattern FULL_DIGEST = Pattern.compile("[a-f0-9]{64}");

  private ImageReferenceCheck() {}

  /** Returns the problem with {@code image}, or empty when it is a valid reference. */
  static Optional<String> problem(String image) {
    if (VALID.matcher(image).matches()) {
      return Optional.empty();
    }
    return Optional.of(explain(image));
  }

  private static String explain(String image) {
    var digest = DIGEST.matcher(image);
    if (digest.find() && !FULL_DIGEST.matcher(digest.group(1)).matches()) {
      return "a sha256 digest must have exactly 64 lower-case hex characters";
    }
    String repository = repositoryOf(image);
    if (!repository.equals(repository.toLowerCase(java.util.Locale.ROOT))) {
      return "the repository must be lower case";
    }
    if (ImageTag.of(image).filter("latest"::equals).isPresent()) {
      return "the tag 'latest' is not allowed; use a version tag or a digest";
    }
    if (ImageTag.of(image).isEmpty() && !image.contains("@")) {
      return "a tag or an @sha256 digest is required";
    }
    return "expected registry/repository:tag, registry/repository@sha256:<64 hex> or both";
  }

  private static String repositoryOf(String image) {
    String name = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
    int colon = name.lastIndexOf(':');
    if (colon > name.lastIndexOf('/')) {
      name = name.substring(0, colon);
    }
    return name;
  }
}
