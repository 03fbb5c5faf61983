package dev.testpod.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CRD files the tests read. Surefire passes their locations as system properties (see the api
 * pom): the committed copy under crds/ and the one the CRD generator wrote in this build.
 */
final class CommittedCrd {

  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static JsonNode committed;

  private CommittedCrd() {}

  static Path committedPath() {
    return pathFromProperty("testpod.crd.committed");
  }

  static Path generatedPath() {
    return pathFromProperty("testpod.crd.generated");
  }

  /** Returns the committed CRD, parsed once per test JVM. */
  static synchronized JsonNode definition() {
    if (committed == null) {
      committed = readYaml(committedPath());
    }
    return committed;
  }

  /** Returns the only served version of the CRD. */
  static JsonNode version() {
    return definition().at("/spec/versions/0");
  }

  static JsonNode openApiSchema() {
    return version().at("/schema/openAPIV3Schema");
  }

  static JsonNode specSchema() {
    return openApiSchema().at("/properties/spec");
  }

  static JsonNode readYaml(Path path) {
    try {
      return YAML.readTree(Files.readString(path));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path, e);
    }
  }

  private static Path pathFromProperty(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException(
          "System property " + name + " is missing. Run the tests through Maven: mvn -B -pl api test");
    }
    return Path.of(value).normalize();
  }
}
