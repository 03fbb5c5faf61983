package dev.testpod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testpod.api.HistoryEntry;
import dev.testpod.api.HistoryResult;
import dev.testpod.api.Phase;
import dev.testpod.api.ReleaseLabels;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rollback, retry, pause and resume write the annotations and spec field the operator acts on. */
@EnableKubernetesMockClient(crud = true, https = false)
class ActionCommandsTest {

  static KubernetesClient client;

  @TempDir
  Path directory;

  private MockCluster cluster;
  private PluginRun plugin;

  @BeforeEach
  void connect() throws Exception {
    cluster = new MockCluster(client, directory);
    plugin = new PluginRun(cluster.kubeconfig(), Clock.systemUTC());
  }

  @Test
  void rollbackToRevisionSetsAnnotation() {
    releaseWithTwoRevisions("roll-to");

    PluginRun.Result result = plugin.run("rollback", "roll-to", "--to", "1");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).isEqualToIgnoringNewLines("testpodrelease/roll-to: rollback to revision 1 requested");
    assertThat(cluster.release("roll-to").getMetadata().getAnnotations()).containsEntry(ReleaseLabels.ROLLBACK_TO, "1");
  }

  @Test
  void rollbackWithoutTargetAsksForPrevious() {
    releaseWithTwoRevisions("roll-previous");

    PluginRun.Result result = plugin.run("rollback", "roll-previous");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(cluster.release("roll-previous").getMetadata().getAnnotations())
        .containsEntry(ReleaseLabels.ROLLBACK_TO, "previous");
  }

  @Test
  void rollbackRejectsRevisionOutsideHistory() {
    releaseWithTwoRevisions("roll-unknown");

    PluginRun.Result result = plugin.run("rollback", "roll-unknown", "--to", "7");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).isEqualToIgnoringNewLines(
        "error: revision 7 is not in the history of testpodrelease/roll-unknown (revisions: 2, 1)");
    assertThat(cluster.release("roll-unknown").getMetadata().getAnnotations()).doesNotContainKey(ReleaseLabels.ROLLBACK_TO);
  }

  @Test
  void rollbackRejectsMalformedRevision() {
    releaseWithTwoRevisions("roll-malformed");

    for (String target : List.of("abc", "0", "-3")) {
      PluginRun.Result result = plugin.run("rollback", "roll-malformed", "--to", target);

      assertThat(result.exitCode()).as(target).isEqualTo(ExitCode.USAGE);
      assertThat(result.err()).as(target).startsWith("error: invalid --to '" + target + "'");
    }
  }

  @Test
  void rollbackOfUnknownReleaseIsNotFound() {
    PluginRun.Result result = plugin.run("rollback", "absent", "--to", "1");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("\"absent\" not found");
  }

  @Test
  void retrySetsNewValueEachTime() {
    cluster.createRelease("retried", "ghcr.io/acme/test-pod-app:1.0.0");

    PluginRun.Result first = plugin.run("retry", "retried");
    String firstValue = cluster.release("retried").getMetadata().getAnnotations().get(ReleaseLabels.RETRY);
    PluginRun.Result second = plugin.run("retry", "retried");
    String secondValue = cluster.release("retried").getMetadata().getAnnotations().get(ReleaseLabels.RETRY);

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(first.out()).isEqualToIgnoringNewLines("testpodrelease/retried: retry requested");
    assertThat(firstValue).isNotBlank();
    assertThat(secondValue).isNotBlank().isNotEqualTo(firstValue);
  }

  @Test
  void pauseAndResumeSetSpecPaused() {
    cluster.createRelease("paused", "ghcr.io/acme/test-pod-app:1.0.0");

    PluginRun.Result pause = plugin.run("pause", "paused");
    boolean pausedAfterPause = cluster.release("paused").getSpec().getPaused();
    PluginRun.Result resume = plugin.run("resume", "paused");
    boolean pausedAfterResume = cluster.release("paused").getSpec().getPaused();

    assertThat(pause.exitCode()).as(pause.err()).isZero();
    assertThat(pause.out()).isEqualToIgnoringNewLines("testpodrelease/paused paused");
    assertThat(pausedAfterPause).isTrue();
    assertThat(resume.exitCode()).as(resume.err()).isZero();
    assertThat(resume.out()).isEqualToIgnoringNewLines("testpodrelease/paused resumed");
    assertThat(pausedAfterResume).isFalse();
  }

  @Test
  void pauseOfUnknownReleaseIsNotFound() {
    PluginRun.Result result = plugin.run("pause", "absent");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("\"absent\" not found");
  }

  private void releaseWithTwoRevisions(String name) {
    cluster.createRelease(name, "ghcr.io/acme/test-pod-app:2.0.0");
    cluster.writeStatus(name, status -> {
      status.setPhase(Phase.Succeeded);
      status.setRevision(2L);
      status.setStableRevision(2L);
      status.setHistory(List.of(
          new HistoryEntry(2L, "ghcr.io/acme/test-pod-app:2.0.0", "2026-12-04T09:50:00Z", HistoryResult.Succeeded, null),
          new HistoryEntry(1L, "ghcr.io/acme/test-pod-app:1.0.0", "2026-12-04T09:00:00Z", HistoryResult.Superseded, null)));
    });
  }
}
