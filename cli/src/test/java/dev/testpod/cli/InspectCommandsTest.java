package dev.testpod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testpod.api.FailureRecord;
import dev.testpod.api.HistoryEntry;
import dev.testpod.api.HistoryResult;
import dev.testpod.api.Phase;
import dev.testpod.api.ProbeResult;
import dev.testpod.api.TestPodRelease;
import dev.testpod.api.TestPodReleaseSpec;
import dev.testpod.api.ValidationStatus;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** get, status, history and events against a mock API server whose status a test writes as the operator would. */
@EnableKubernetesMockClient(crud = true, https = false)
class InspectCommandsTest {

  private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

  static KubernetesClient client;

  @TempDir
  Path directory;

  private MockCluster cluster;
  private PluginRun plugin;

  @BeforeEach
  void connect() throws Exception {
    cluster = new MockCluster(client, directory);
    plugin = new PluginRun(cluster.kubeconfig(), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  void getListsReleasesAsTable() {
    cluster.createRelease("listed-a", "ghcr.io/acme/test-pod-app:1.0.0");
    cluster.createRelease("listed-b", "ghcr.io/acme/test-pod-app:2.0.0");
    cluster.writeStatus("listed-a", status -> {
      status.setPhase(Phase.Succeeded);
      status.setRevision(4L);
      status.setStableRevision(4L);
    });

    PluginRun.Result result = plugin.run("get");

    assertThat(result.exitCode()).as(result.err()).isZero();
    List<String> lines = result.out().lines().toList();
    assertThat(lines.get(0)).startsWith("NAME").contains("IMAGE", "PHASE", "REVISION", "STABLE", "AGE");
    assertThat(lines).anySatisfy(line -> assertThat(line.split("\\s+"))
        .startsWith("listed-a", "ghcr.io/acme/test-pod-app:1.0.0", "Succeeded", "4", "4"));
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("listed-b").contains("test-pod-app:2.0.0"));
  }

  @Test
  void getPrintsOneReleaseAsJson() {
    cluster.createRelease("as-json", "ghcr.io/acme/test-pod-app:1.0.0");
    cluster.settle("as-json", Phase.Validating);

    PluginRun.Result result = plugin.run("get", "as-json", "-o", "json");

    assertThat(result.exitCode()).as(result.err()).isZero();
    Map<?, ?> document = new KubernetesSerialization().unmarshal(result.out(), Map.class);
    assertThat(document.get("kind")).isEqualTo("TestPodRelease");
    assertThat(((Map<?, ?>) document.get("status")).get("phase")).isEqualTo("Validating");
  }

  @Test
  void getPrintsReleasesAsYamlList() {
    cluster.createRelease("as-yaml", "ghcr.io/acme/test-pod-app:1.0.0");

    PluginRun.Result result = plugin.run("get", "-o", "yaml");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("kind: \"List\"", "name: \"as-yaml\"", "image: \"ghcr.io/acme/test-pod-app:1.0.0\"");
  }

  @Test
  void getRejectsUnknownOutputFormat() {
    PluginRun.Result result = plugin.run("get", "-o", "wide");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("Invalid value for option '--output'");
  }

  @Test
  void getReportsUnknownRelease() {
    PluginRun.Result result = plugin.run("get", "absent");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).isEqualToIgnoringNewLines("error: testpodrelease \"absent\" not found in namespace \"preprod\"");
  }

  @Test
  void getReadsNamespaceBeforeOrAfterSubcommand() {
    client.resource(release("in-qa")).inNamespace("qa").create();

    PluginRun.Result before = plugin.run("-n", "qa", "get", "in-qa");
    PluginRun.Result after = plugin.run("get", "in-qa", "--namespace", "qa");

    assertThat(before.exitCode()).as(before.err()).isZero();
    assertThat(after.exitCode()).as(after.err()).isZero();
    assertThat(after.out()).contains("in-qa");
  }

  @Test
  void statusShowsValidationProgressFailureAndEvents() {
    cluster.createRelease("validating", "ghcr.io/acme/test-pod-app:1.1.0");
    cluster.writeStatus("validating", status -> {
      status.setPhase(Phase.Validating);
      status.setRevision(2L);
      status.setImage("ghcr.io/acme/test-pod-app:1.1.0");
      status.setStableRevision(1L);
      status.setStableImage("ghcr.io/acme/test-pod-app:1.0.0");
      status.setMessage("Revision 2 is validating.");
      ValidationStatus validation = new ValidationStatus();
      validation.setConsecutiveSuccesses(2);
      validation.setDeadline("2026-12-04T10:04:10Z");
      validation.setLastProbe(new ProbeResult("2026-12-04T09:59:55Z", "validating-abc12", "HTTP 200"));
      validation.setFailureReason("pod validating-xyz: HTTP 503 from /q/health/ready");
      status.setValidation(validation);
      status.setLastFailure(new FailureRecord(1L, "ghcr.io/acme/test-pod-app:0.9.0", "pod validating-old: ErrImagePull",
          "2026-12-04T09:00:00Z", "2026-12-04T09:01:00Z"));
    });
    cluster.recordEvent("validating", "Normal", "RolloutStarted", "Rolling out revision 2", "2026-12-04T09:58:00Z");
    cluster.recordEvent("other", "Warning", "ValidationFailed", "not this release", "2026-12-04T09:59:00Z");

    PluginRun.Result result = plugin.run("status", "validating");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("Phase:       Validating")
        .contains("Running:     ghcr.io/acme/test-pod-app:1.1.0 (revision 2)")
        .contains("Stable:      ghcr.io/acme/test-pod-app:1.0.0 (revision 1)")
        .contains("Validation:  2/3 rounds, deadline in 4m10s")
        .contains("Last probe:  validating-abc12: HTTP 200 (5s ago)")
        .contains("Failure:     pod validating-xyz: HTTP 503 from /q/health/ready")
        .contains("Last failure: revision 1 (ghcr.io/acme/test-pod-app:0.9.0): pod validating-old: ErrImagePull")
        .contains("2m       Normal   RolloutStarted       Rolling out revision 2")
        .doesNotContain("not this release");
  }

  @Test
  void statusOfSettledReleaseOmitsDeadline() {
    cluster.createRelease("settled", "ghcr.io/acme/test-pod-app:1.0.0");
    cluster.writeStatus("settled", status -> {
      status.setPhase(Phase.Succeeded);
      ValidationStatus validation = new ValidationStatus();
      validation.setConsecutiveSuccesses(3);
      validation.setDeadline("2026-12-04T10:04:10Z");
      status.setValidation(validation);
    });

    PluginRun.Result result = plugin.run("status", "settled");

    assertThat(result.out()).contains("Validation:  3/3 rounds" + System.lineSeparator()).doesNotContain("deadline");
  }

  @Test
  void statusOfUnreconciledReleaseSaysSo() {
    cluster.createRelease("fresh", "ghcr.io/acme/test-pod-app:1.0.0");

    PluginRun.Result result = plugin.run("status", "fresh");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("Phase:       (not reconciled yet)")
        .contains("Running:     none")
        .contains("Desired:     ghcr.io/acme/test-pod-app:1.0.0")
        .contains("Events:      none");
  }

  @Test
  void historyMarksRunningAndStableRevisions() {
    cluster.createRelease("with-history", "ghcr.io/acme/test-pod-app:9.9.9");
    cluster.writeStatus("with-history", status -> {
      status.setPhase(Phase.RolledBack);
      status.setRevision(1L);
      status.setStableRevision(1L);
      status.setHistory(List.of(
          new HistoryEntry(2L, "ghcr.io/acme/test-pod-app:9.9.9", "2026-12-04T09:50:00Z", HistoryResult.RolledBack,
              "pod with-history-x: ImagePullBackOff"),
          new HistoryEntry(1L, "ghcr.io/acme/test-pod-app:1.0.0", "2026-12-04T09:00:00Z", HistoryResult.Succeeded, null)));
    });

    PluginRun.Result result = plugin.run("history", "with-history");

    assertThat(result.exitCode()).as(result.err()).isZero();
    List<String> lines = result.out().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1).split("\\s+")).startsWith("2", "ghcr.io/acme/test-pod-app:9.9.9", "2026-12-04T09:50:00Z", "RolledBack");
    assertThat(lines.get(1)).endsWith("pod with-history-x: ImagePullBackOff");
    assertThat(lines.get(2).split("\\s+")).containsExactly(
        "1", "ghcr.io/acme/test-pod-app:1.0.0", "2026-12-04T09:00:00Z", "Succeeded", "running,stable");
  }

  @Test
  void historyOfNewReleaseIsEmpty() {
    cluster.createRelease("no-history", "ghcr.io/acme/test-pod-app:1.0.0");

    PluginRun.Result result = plugin.run("history", "no-history");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEqualToIgnoringNewLines("testpodrelease/no-history has no revisions yet.");
  }

  @Test
  void eventsListsOnlyThisReleaseOldestFirst() {
    cluster.createRelease("evented", "ghcr.io/acme/test-pod-app:1.0.0");
    cluster.recordEvent("evented", "Warning", "ValidationFailed", "pod evented-1: ErrImagePull", "2026-12-04T09:59:00Z");
    cluster.recordEvent("evented", "Normal", "RolloutStarted", "Rolling out revision 2", "2026-12-04T09:58:00Z");
    cluster.recordEvent("someone-else", "Normal", "RolloutStarted", "other release", "2026-12-04T09:58:30Z");

    PluginRun.Result result = plugin.run("events", "evented");

    assertThat(result.exitCode()).as(result.err()).isZero();
    List<String> lines = result.out().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).startsWith("2m ago").contains("RolloutStarted");
    assertThat(lines.get(2)).startsWith("1m ago").contains("Warning", "ValidationFailed", "pod evented-1: ErrImagePull");
  }

  @Test
  void eventsOfUnknownReleaseIsNotFound() {
    PluginRun.Result result = plugin.run("events", "absent");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("\"absent\" not found");
  }

  private static TestPodRelease release(String name) {
    TestPodRelease release = new TestPodRelease();
    release.setMetadata(new ObjectMetaBuilder().withName(name).build());
    TestPodReleaseSpec spec = new TestPodReleaseSpec();
    spec.setImage("ghcr.io/acme/test-pod-app:1.0.0");
    release.setSpec(spec);
    return release;
  }
}
