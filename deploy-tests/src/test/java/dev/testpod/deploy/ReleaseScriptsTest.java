package dev.testpod.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The scripts behind release.yml and registry-cleanup.yml, run as those workflows run them. */
class ReleaseScriptsTest {

  private static final String NEXT_VERSION = ".github/scripts/next-version.sh";
  private static final String CHECK_VERSION = ".github/scripts/check-version.sh";
  private static final String CLEANUP = ".github/scripts/registry-cleanup.sh";

  @ParameterizedTest(name = "{0} + {1} = {2}")
  @CsvSource({
      "v1.2.3, patch, 1.2.4",
      "v1.2.3, minor, 1.3.0",
      "v1.2.3, major, 2.0.0",
      "1.9.9, patch, 1.9.10",
      "v0.0.0, minor, 0.1.0"})
  void nextVersionIncreasesOnePart(String latest, String part, String expected) throws IOException {
    ScriptRun run = ScriptRun.of(NEXT_VERSION, Map.of(), latest, part);

    assertThat(run.exitCode()).as("exit code, stderr: %s", run.stderr()).isZero();
    assertThat(run.stdout().strip()).isEqualTo(expected);
  }

  @Test
  void nextVersionRejectsNonSemanticTag() throws IOException {
    ScriptRun run = ScriptRun.of(NEXT_VERSION, Map.of(), "latest", "patch");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr()).contains("'latest'").contains("vMAJOR.MINOR.PATCH");
  }

  @Test
  void nextVersionRejectsUnknownPart() throws IOException {
    ScriptRun run = ScriptRun.of(NEXT_VERSION, Map.of(), "v1.2.3", "micro");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr()).contains("'micro'");
  }

  @Test
  void checkVersionAcceptsRepositoryAsCommitted() throws IOException {
    ScriptRun run = ScriptRun.of(CHECK_VERSION, Map.of());

    assertThat(run.exitCode()).as("exit code, stderr: %s", run.stderr()).isZero();
    assertThat(run.stdout()).contains("every file agrees");
  }

  @Test
  void checkVersionRejectsOtherReleaseVersion() throws IOException {
    ScriptRun run = ScriptRun.of(CHECK_VERSION, Map.of(), "99.0.0");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.stderr()).contains("the next release is 99.0.0");
  }

  @Test
  void cleanupKeepsReleaseTagsNewestAndIndexChildren(@TempDir Path dir) throws IOException {
    ScriptRun run = cleanup(dir, "5");

    assertThat(run.exitCode()).as("exit code, stderr: %s", run.stderr()).isZero();
    assertThat(deletedIds(run)).containsExactlyInAnyOrder("3", "4");
    assertThat(run.stdout()).contains("dry run, nothing deleted");
  }

  @Test
  void cleanupStopsAboveSafetyCap(@TempDir Path dir) throws IOException {
    ScriptRun run = cleanup(dir, "1");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.stderr()).contains("2 deletions exceed the safety cap of 1").contains("nothing deleted");
  }

  @Test
  void cleanupRejectsNonNumericSetting(@TempDir Path dir) throws IOException {
    Path versions = Files.writeString(dir.resolve("versions.json"), "[]");

    ScriptRun run = ScriptRun.of(CLEANUP, Map.of("VERSIONS_FILE", versions.toString(), "PACKAGE", "test-pod-app",
        "KEEP_NEWEST", "ten", "RETENTION_DAYS", "30", "MAX_DELETIONS", "5"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr()).contains("KEEP_NEWEST is 'ten'");
  }

  /**
   * Runs the cleanup plan on seven versions: a release index (1) and its platform image (2), an old
   * untagged image (3), an old pull-request image (4), two recent images (5, 7) and a v1/latest (6).
   */
  private static ScriptRun cleanup(Path dir, String maxDeletions) throws IOException {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String old = now.minus(Duration.ofDays(300)).toString();
    String recent = now.minus(Duration.ofDays(2)).toString();
    String versions = """
        [
         {"id":1,"name":"sha256:release","created_at":"%1$s","metadata":{"container":{"tags":["v1.0.0","1.0.0"]}},
          "manifests":["sha256:release-amd64"]},
         {"id":2,"name":"sha256:release-amd64","created_at":"%1$s","metadata":{"container":{"tags":[]}}},
         {"id":3,"name":"sha256:untagged","created_at":"%1$s","metadata":{"container":{"tags":[]}}},
         {"id":4,"name":"sha256:pr","created_at":"%1$s","metadata":{"container":{"tags":["pr-12"]}}},
         {"id":5,"name":"sha256:new-pr","created_at":"%2$s","metadata":{"container":{"tags":["pr-13"]}}},
         {"id":6,"name":"sha256:major","created_at":"%1$s","metadata":{"container":{"tags":["v1","latest"]}}},
         {"id":7,"name":"sha256:new-untagged","created_at":"%2$s","metadata":{"container":{"tags":[]}}}
        ]
        """.formatted(old, recent);
    Path file = Files.writeString(dir.resolve("versions.json"), versions);
    return ScriptRun.of(CLEANUP, Map.of("VERSIONS_FILE", file.toString(), "PACKAGE", "test-pod-app",
        "KEEP_NEWEST", "2", "RETENTION_DAYS", "30", "MAX_DELETIONS", maxDeletions));
  }

  private static List<String> deletedIds(ScriptRun run) {
    return run.stdout().lines()
        .filter(line -> line.startsWith("  "))
        .map(line -> line.strip().split(" ")[0])
        .toList();
  }
}
