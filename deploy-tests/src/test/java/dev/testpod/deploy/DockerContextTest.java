package dev.testpod.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Dockerfiles build with {@code mvn -pl MODULE -am}, and Maven stops when a module that the
 * root pom lists has no pom.xml, so .dockerignore must keep every module's pom in the context.
 */
class DockerContextTest {

  private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

  @Test
  void reactorPomsStayInBuildContext() throws IOException {
    List<String> modules = reactorModules();
    List<String> exclusions = dockerignoreExclusions();

    assertThat(modules).contains("test-pod-app", "operator");
    for (String module : modules) {
      Path pom = Path.of(module, "pom.xml");
      assertThat(exclusions)
          .as(".dockerignore patterns excluding %s or its folder", pom)
          .noneMatch(pattern -> excludes(pattern, pom) || excludes(pattern, Path.of(module)));
    }
  }

  @Test
  void patternCheckDetectsExcludedModule() {
    assertThat(excludes("bench/", Path.of("bench"))).isTrue();
    assertThat(excludes("**/pom.xml", Path.of("bench", "pom.xml"))).isTrue();
    assertThat(excludes("bench/src/", Path.of("bench", "pom.xml"))).isFalse();
  }

  private static List<String> reactorModules() throws IOException {
    Matcher matcher = MODULE.matcher(Files.readString(RepositoryLayout.root().resolve("pom.xml")));
    List<String> modules = new ArrayList<>();
    while (matcher.find()) {
      modules.add(matcher.group(1).strip());
    }
    return modules;
  }

  /** Returns the exclusion patterns of .dockerignore, without comments and exceptions. */
  private static List<String> dockerignoreExclusions() throws IOException {
    return Files.readAllLines(RepositoryLayout.root().resolve(".dockerignore")).stream()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#") && !line.startsWith("!"))
        .toList();
  }

  /** Returns whether a .dockerignore PATTERN matches PATH, read as a glob like Docker does. */
  private static boolean excludes(String pattern, Path path) {
    String glob = pattern.endsWith("/") ? pattern.substring(0, pattern.length() - 1) : pattern;
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    return matcher.matches(path);
  }
}
