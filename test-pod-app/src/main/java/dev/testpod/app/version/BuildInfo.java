package dev.testpod.app.version;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Version, commit and build time, written into {@code testpod-build.properties} by the Maven
 * build. {@code testpod.version} (env {@code TESTPOD_VERSION}) overrides the version, so that an
 * image can report its own tag.
 */
@ApplicationScoped
public class BuildInfo {

  static final String RESOURCE = "/testpod-build.properties";
  static final String UNKNOWN = "unknown";

  /** Body of the version endpoints. */
  public record Version(String version, String commit, String buildTime) {}

  private final Version version;

  BuildInfo(@ConfigProperty(name = "testpod.version") Optional<String> versionOverride) {
    Properties build = readBuildProperties();
    String builtVersion = property(build, "version");
    this.version = new Version(versionOverride.filter(value -> !value.isBlank()).orElse(builtVersion),
        property(build, "commit"), property(build, "buildTime"));
  }

  public Version version() {
    return version;
  }

  private static Properties readBuildProperties() {
    Properties properties = new Properties();
    try (InputStream input = BuildInfo.class.getResourceAsStream(RESOURCE)) {
      if (input != null) {
        properties.load(input);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE + " from the application jar", e);
    }
    return properties;
  }

  /** Returns the value, or "unknown" when the build left it unset or unfiltered. */
  private static String property(Properties properties, String name) {
    String value = properties.getProperty(name, "");
    return value.isBlank() || value.startsWith("${") ? UNKNOWN : value;
  }
}
