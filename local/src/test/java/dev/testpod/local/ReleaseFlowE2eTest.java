package dev.testpod.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import dev.testpod.api.HistoryEntry;
import dev.testpod.api.Phase;
import dev.testpod.api.TestPodRelease;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main job end to end in local mode: the real operator, the simulated Deployment controller and
 * kubelet, real test-pod-app processes on 127.0.0.N, driven through the kubectl testpod plugin.
 */
class ReleaseFlowE2eTest {

  private static final String APP = DemoReleases.REPOSITORY;

  @TempDir
  static Path workDirectory;

  private static LocalCluster cluster;
  private static KubernetesClient client;

  @BeforeAll
  static void startCluster() throws IOException {
    LocalSettings settings = LocalSettings.defaults(workDirectory, AppJar.require());
    cluster = LocalCluster.start(settings, EmbeddedOperator.launcher());
    client = cluster.client();
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void goodReleaseSucceedsWithEveryPodServing() throws Exception {
    Plugin plugin = plugin("good");

    assertThat(plugin.apply(DemoReleases.release("1.0.0", "2m", List.of())).exitCode()).isZero();
    Plugin.Result waited = plugin.waitFor("Succeeded", "3m");

    assertThat(waited.exitCode()).as(waited.err()).isZero();
    List<Pod> pods = readyPods("good");
    assertThat(pods).hasSize(2);
    assertThat(pods).extracting(pod -> pod.getStatus().getPodIP()).doesNotHaveDuplicates()
        .allSatisfy(ip -> assertThat(ip).matches("127\\.0\\.0\\.\\d+").isNotEqualTo("127.0.0.1"));
    for (Pod pod : pods) {
      HttpResponse<String> version = PodProbe.get(pod.getStatus().getPodIP(), 8080, "/version");
      assertThat(version.statusCode()).isEqualTo(200);
      assertThat(version.body()).contains("\"version\":\"1.0.0\"");
      assertThat(PodProbe.status(pod.getStatus().getPodIP(), 8080, "/q/health/ready")).isEqualTo(200);
    }
    assertThat(plugin.run("status", DemoReleases.NAME).out()).contains("Phase:       Succeeded");
  }

  @Test
  void unknownTagRollsBackWhileOldPodsServe() throws Exception {
    Plugin plugin = plugin("unknown-tag");
    plugin.apply(DemoReleases.release("1.0.0", "2m", List.of()));
    assertThat(plugin.waitFor("Succeeded", "3m").exitCode()).isZero();
    List<String> goodIps = readyPods("unknown-tag").stream().map(pod -> pod.getStatus().getPodIP()).toList();

    AtomicInteger probes = new AtomicInteger();
    Map<String, Integer> failures = new ConcurrentHashMap<>();
    ScheduledExecutorService prober = Executors.newSingleThreadScheduledExecutor();
    prober.scheduleWithFixedDelay(() -> goodIps.forEach(ip -> {
      probes.incrementAndGet();
      int status = PodProbe.status(ip, 8080, "/q/health/ready");
      if (status != 200) {
        failures.merge(ip + " answered " + status, 1, Integer::sum);
      }
    }), 0, 200, TimeUnit.MILLISECONDS);
    Plugin.Result waited;
    try {
      assertThat(plugin.apply(DemoReleases.release("9.9.9", "2m", List.of())).exitCode()).isZero();
      waited = plugin.waitFor("RolledBack", "3m");
    } finally {
      prober.shutdownNow();
    }

    assertThat(waited.exitCode()).as(waited.err()).isZero();
    assertThat(failures).as("failed probes of the good pods during the bad release").isEmpty();
    assertThat(probes.get()).isGreaterThan(2);
    TestPodRelease release = release("unknown-tag");
    assertThat(release.getStatus().getRevision()).isEqualTo(1L);
    assertThat(release.getStatus().getImage()).isEqualTo(APP + ":1.0.0");
    assertThat(readyPods("unknown-tag")).extracting(pod -> pod.getStatus().getPodIP())
        .containsExactlyInAnyOrderElementsOf(goodIps);
  }

  @Test
  void unreachableCriticalDatabaseRollsBackAtDeadline() throws Exception {
    assumeThat(appHasDependencyChecks())
        .as("the packaged test-pod-app has no PostgreSQL check (dev.testpod.app.checks.PostgresCheck)")
        .isTrue();
    Plugin plugin = plugin("database");
    plugin.apply(DemoReleases.release("1.0.0", "2m", List.of()));
    assertThat(plugin.waitFor("Succeeded", "3m").exitCode()).isZero();

    Instant applied = Instant.now();
    plugin.apply(DemoReleases.release("1.1.0", "25s", DemoReleases.unreachableCriticalPostgres(DemoCommand.closedPort())));
    Plugin.Result waited = plugin.waitFor("RolledBack", "3m");

    assertThat(waited.exitCode()).as(waited.err()).isZero();
    TestPodRelease release = release("database");
    assertThat(Duration.between(applied, Instant.now())).isGreaterThanOrEqualTo(Duration.ofSeconds(25));
    assertThat(release.getStatus().getRevision()).isEqualTo(1L);
    assertThat(release.getStatus().getMessage()).contains("validation did not pass within 25s");
    assertThat(history(release)).extracting(HistoryEntry::getRevision)
        .as("revisions in history; the rollback re-records revision 1 and adds no new revision")
        .containsExactly(1L, 2L, 1L);
  }

  @Test
  void manualRollbackRetryPauseAndResumeThroughPlugin() throws Exception {
    Plugin plugin = plugin("manual");
    plugin.apply(DemoReleases.release("1.0.0", "2m", List.of()));
    assertThat(plugin.waitFor("Succeeded", "3m").exitCode()).isZero();
    plugin.apply(DemoReleases.release("1.1.0", "2m", List.of()));
    assertThat(plugin.waitFor("Succeeded", "3m").exitCode()).isZero();
    assertThat(release("manual").getStatus().getRevision()).isEqualTo(2L);

    Plugin.Result rollback = plugin.run("rollback", DemoReleases.NAME, "--to", "1");
    assertThat(rollback.exitCode()).as(rollback.err()).isZero();
    await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
      TestPodRelease release = release("manual");
      assertThat(release.getStatus().getRevision()).isEqualTo(1L);
      assertThat(release.getStatus().getPhase()).isEqualTo(Phase.RolledBack);
    });
    assertThat(deploymentImage("manual")).isEqualTo(APP + ":1.0.0");

    Plugin.Result retry = plugin.run("retry", DemoReleases.NAME);
    assertThat(retry.exitCode()).as(retry.err()).isZero();
    await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
      TestPodRelease release = release("manual");
      assertThat(release.getStatus().getImage()).isEqualTo(APP + ":1.1.0");
      assertThat(release.getStatus().getPhase()).isEqualTo(Phase.Succeeded);
    });

    assertThat(plugin.run("pause", DemoReleases.NAME).exitCode()).isZero();
    assertThat(plugin.waitFor("Paused", "1m").exitCode()).isZero();
    plugin.apply(pausedRelease("1.2.0"));
    assertThat(plugin.waitFor("Paused", "1m").exitCode()).isZero();
    assertThat(deploymentImage("manual")).isEqualTo(APP + ":1.1.0");

    assertThat(plugin.run("resume", DemoReleases.NAME).exitCode()).isZero();
    Plugin.Result resumed = plugin.waitFor("Succeeded", "3m");
    assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    assertThat(release("manual").getStatus().getImage()).isEqualTo(APP + ":1.2.0");
    assertThat(deploymentImage("manual")).isEqualTo(APP + ":1.2.0");
  }

  @Test
  void restartedOperatorKeepsDeadlineAndOutcome() throws Exception {
    Plugin plugin = plugin("restart");
    plugin.apply(DemoReleases.release("1.0.0", "2m", List.of()));
    assertThat(plugin.waitFor("Succeeded", "3m").exitCode()).isZero();
    EnvVar impossibleDiskThreshold = new EnvVar("TESTPOD_HEALTH_DISK_CRITICAL_FREE", "1000000G", null);
    plugin.apply(DemoReleases.release("1.1.0", "40s", List.of(impossibleDiskThreshold)));
    await().atMost(Duration.ofMinutes(1)).until(() -> isValidatingRevision(release("restart"), 2L));
    String deadline = release("restart").getStatus().getValidation().getDeadline();

    cluster.stopOperator();
    cluster.startOperator();
    Plugin.Result waited = plugin.waitFor("RolledBack", "3m");

    assertThat(waited.exitCode()).as(waited.err()).isZero();
    TestPodRelease release = release("restart");
    assertThat(Instant.now()).isAfterOrEqualTo(Instant.parse(deadline));
    assertThat(release.getStatus().getMessage()).contains("validation did not pass within 40s");
    assertThat(history(release)).extracting(HistoryEntry::getRevision)
        .as("revisions in history; the rollback re-records revision 1 and adds no new revision")
        .containsExactly(1L, 2L, 1L);
    assertThat(release.getStatus().getRevision()).isEqualTo(1L);
    assertThat(deploymentImage("restart")).isEqualTo(APP + ":1.0.0");
  }

  private static boolean isValidatingRevision(TestPodRelease release, long revision) {
    return release.getStatus() != null
        && Long.valueOf(revision).equals(release.getStatus().getRevision())
        && release.getStatus().getValidation() != null
        && release.getStatus().getValidation().getDeadline() != null;
  }

  private static TestPodRelease pausedRelease(String tag) {
    TestPodRelease release = DemoReleases.release(tag, "2m", List.of());
    release.getSpec().setPaused(true);
    return release;
  }

  private Plugin plugin(String namespace) {
    cluster.createNamespace(namespace);
    return new Plugin(cluster.kubeconfig(), namespace, workDirectory.resolve("manifests"));
  }

  private static TestPodRelease release(String namespace) {
    return client.resources(TestPodRelease.class).inNamespace(namespace).withName(DemoReleases.NAME).get();
  }

  private static List<HistoryEntry> history(TestPodRelease release) {
    return release.getStatus().getHistory();
  }

  private static List<Pod> readyPods(String namespace) {
    return client.pods().inNamespace(namespace).list().getItems().stream().filter(PodConditions::isReady).toList();
  }

  private static String deploymentImage(String namespace) {
    Deployment deployment = client.apps().deployments().inNamespace(namespace).withName(DemoReleases.NAME).get();
    return deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getImage();
  }

  /** Tells whether the packaged app contains the PostgreSQL connectivity check. */
  private static boolean appHasDependencyChecks() throws IOException {
    Path appDirectory = AppJar.require().getParent().resolve("app");
    if (!Files.isDirectory(appDirectory)) {
      return false;
    }
    try (Stream<Path> jars = Files.list(appDirectory)) {
      for (Path jar : jars.filter(path -> path.toString().endsWith(".jar")).toList()) {
        try (JarFile file = new JarFile(jar.toFile())) {
          if (file.getEntry("dev/testpod/app/checks/PostgresCheck.class") != null) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
