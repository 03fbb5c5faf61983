package dev.testpod.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths of the repository checkout that the tests read. */
final class RepositoryLayout {

  private RepositoryLayout() {}

  /** Returns the repository root, set by the build as {@code testpod.repository.root}. */
  static Path root() {
    String configured = System.getProperty("testpod.repository.root");
    Path root = configured == null ? Path.of("..") : Path.of(configured);
    Path normalized = root.toAbsolutePath().normalize();
    if (!Files.isRegularFile(normalized.resolve("pom.xml"))) {
      throw new IllegalStateException("testpod.repository.root is " + normalized
          + ", which has no pom.xml; run the tests from the Maven reactor");
    }
    return normalized;
  }

  static Path deploy() {
    return root().resolve("deploy");
  }
}
