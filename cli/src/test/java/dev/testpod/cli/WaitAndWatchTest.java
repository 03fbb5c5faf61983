package dev.testpod.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.testpod.api.Phase;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** wait and status --watch follow a release through a watch and map its outcome to exit codes. */
@EnableKubernetesMockClient(crud = true, https = false)
class WaitAndWatchTest {

  static KubernetesClient client;
  static KubernetesMockServer server;

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
  void waitSucceedsWhenPhaseIsReachedLater() throws Exception {
    cluster.createRelease("later", "ghcr.io/acme/test-pod-app:1.0.0");
    cluster.settle("later", Phase.Validating);

    CompletableFuture<PluginRun.Result> waiting =
        CompletableFuture.supplyAsync(() -> plugin.run("wait", "later", "--for", "phase=Succeeded", "--timeout", "30s"));
    await().atMost(Duration.ofSeconds(10)).until(this::watchStarted);
    cluster.settle("later", Phase.Succeeded);
    PluginRun.Result result = waiting.get(20, TimeUnit.SECONDS);

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).isEqualToIgnoringNewLines("testpodrelease/later reached phase Succeeded");
  }

  @Test
  void waitFailsWhenReleaseSettlesInOtherPhase() {
    cluster.createRelease("rolled-back", "ghcr.io/acme/test-pod-app:9.9.9");
    cluster.writeStatus("rolled-back", status -> {
      status.setPhase(Phase.RolledBack);
      status.setMessage("Revision 2 failed validation and revision 1 was restored.");
    });

    PluginRun.Result result = plugin.run("wait", "rolled-back", "--for", "phase=Succeeded", "--timeout", "30s");

    assertThat(result.exitCode()).isEqualTo(ExitCode.OUTCOME_NOT_REACHED);
    assertThat(result.err()).isEqualToIgnoringNewLines("error: testpodrelease/rolled-back settled in phase RolledBack, "
        + "not Succeeded: Revision 2 failed validation and revision 1 was restored.");
  }

  @Test
  void waitIgnoresStatusOfOlderGeneration() {
    cluster.createRelease("stale", "ghcr.io/acme/test-pod-app:1.0.0");
    cluster.writeStatus("stale", status -> {
      status.setPhase(Phase.Succeeded);
      status.setObservedGeneration(0L);
    });

    PluginRun.Result result = plugin.run("wait", "stale", "--for", "phase=Succeeded", "--timeout", "2s");

    assertThat(result.exitCode()).isEqualTo(ExitCode.OUTCOME_NOT_REACHED);
    assertThat(result.err()).startsWith("error: timed out after 2s waiting for phase Succeeded of testpodrelease/stale");
  }

  @Test
  void waitTimesOut() {
    cluster.createRelease("slow", "ghcr.io/acme/test-pod-app:1.0.0");
    cluster.settle("slow", Phase.Validating);
    long started = System.nanoTime();

    PluginRun.Result result = plugin.run("wait", "slow", "--for", "phase=Succeeded", "--timeout", "1s");

    assertThat(result.exitCode()).isEqualTo(ExitCode.OUTCOME_NOT_REACHED);
    assertThat(result.err()).isEqualToIgnoringNewLines(
        "error: timed out after 1s waiting for phase Succeeded of testpodrelease/slow; phase is Validating");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void waitRejectsUnknownPhase() {
    PluginRun.Result result = plugin.run("wait", "any", "--for", "phase=Done");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).startsWith("error: invalid phase 'Done' in --for: use one of Pending, Progressing");
  }

  @Test
  void waitRejectsOtherConditionForms() {
    PluginRun.Result result = plugin.run("wait", "any", "--for", "condition=Ready");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).startsWith("error: invalid --for 'condition=Ready': use phase=PHASE");
  }

  @Test
  void waitRejectsMalformedTimeout() {
    PluginRun.Result result = plugin.run("wait", "any", "--for", "phase=Succeeded", "--timeout", "ten minutes");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("invalid duration 'ten minutes'");
  }

  @Test
  void waitForUnknownReleaseIsNotFound() {
    PluginRun.Result result = plugin.run("wait", "absent", "--for", "phase=Succeeded");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("\"absent\" not found");
  }

  @Test
  void watchPrintsEachChangeAndExitsWhenSucceeded() throws Exception {
    cluster.createRelease("watched", "ghcr.io/acme/test-pod-app:1.0.0");
    cluster.settle("watched", Phase.Progressing);

    CompletableFuture<PluginRun.Result> watching =
        CompletableFuture.supplyAsync(() -> plugin.run("status", "watched", "--watch", "--timeout", "30s"));
    await().atMost(Duration.ofSeconds(10)).until(this::watchStarted);
    cluster.settle("watched", Phase.Validating);
    cluster.settle("watched", Phase.Succeeded);
    PluginRun.Result result = watching.get(20, TimeUnit.SECONDS);

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("Phase:       Progressing", "Phase:       Succeeded");
    assertThat(result.out().indexOf("Progressing")).isLessThan(result.out().indexOf("Succeeded"));
  }

  @Test
  void watchExitsWithOneWhenRolledBack() {
    cluster.createRelease("watch-rolled-back", "ghcr.io/acme/test-pod-app:9.9.9");
    cluster.settle("watch-rolled-back", Phase.RolledBack);

    PluginRun.Result result = plugin.run("status", "watch-rolled-back", "--watch");

    assertThat(result.exitCode()).isEqualTo(ExitCode.OUTCOME_NOT_REACHED);
    assertThat(result.out()).contains("Phase:       RolledBack");
  }

  /** Tells whether the plugin's watch request reached the server, so that later status changes arrive as watch events. */
  private boolean watchStarted() throws InterruptedException {
    var last = server.getLastRequest();
    return last != null && last.getPath().contains("watch=true");
  }
}
