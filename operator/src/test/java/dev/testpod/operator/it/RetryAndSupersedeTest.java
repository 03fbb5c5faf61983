package dev.testpod.operator.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.testpod.api.EventReason;
import dev.testpod.api.HistoryEntry;
import dev.testpod.api.HistoryResult;
import dev.testpod.api.Phase;
import dev.testpod.api.ReleaseLabels;
import dev.testpod.api.TestPodRelease;
import dev.testpod.operator.support.OperatorTestBase;
import dev.testpod.operator.support.PodBehavior;
import io.fabric8.kubernetes.api.model.EnvVar;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryAndSupersedeTest extends OperatorTestBase {

  private static final String GOOD = "ghcr.io/acme/test-pod-app:1.0.0";

  @Test
  void retriesOnlyOnRetryAnnotation() {
    String bad = "ghcr.io/acme/test-pod-app:7.0.0";
    cluster.behave(bad, PodBehavior.PULL_FAILS);
    createSucceeded("app", GOOD, 1);
    setImage("app", bad);
    awaitPhase("app", Phase.RolledBack);

    annotate("app", "example.com/owner", "team-a");
    await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
        .until(() -> phase("app") == Phase.RolledBack && get("app").getStatus().getHistory().size() == 3);
    assertThat(deployedImage("app")).isEqualTo(GOOD);

    annotate("app", ReleaseLabels.RETRY, "attempt-1");
    await().atMost(WAIT).until(() -> get("app").getStatus().getHistory().size() == 5 && phase("app") == Phase.RolledBack);
    TestPodRelease retried = get("app");

    assertThat(retried.getMetadata().getAnnotations()).doesNotContainKey(ReleaseLabels.RETRY)
        .containsEntry("example.com/owner", "team-a");
    assertThat(retried.getStatus().getRetryToken()).isEqualTo("attempt-1");
    assertThat(retried.getStatus().getHistory()).extracting(HistoryEntry::getRevision, HistoryEntry::getResult)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, HistoryResult.Succeeded),
            org.assertj.core.groups.Tuple.tuple(3L, HistoryResult.RolledBack),
            org.assertj.core.groups.Tuple.tuple(1L, HistoryResult.Succeeded),
            org.assertj.core.groups.Tuple.tuple(2L, HistoryResult.RolledBack),
            org.assertj.core.groups.Tuple.tuple(1L, HistoryResult.Succeeded));
    await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
        .until(() -> get("app").getStatus().getHistory().size() == 5);
    assertThat(events(EventReason.RolloutStarted)).singleElement()
        .satisfies(event -> assertThat(event.getCount()).as("rollouts of revisions 1, 2 and 3").isEqualTo(3));
  }

  @Test
  void supersededRevisionIsNotRollbackTarget() {
    String slow = "ghcr.io/acme/test-pod-app:2.0.0";
    String bad = "ghcr.io/acme/test-pod-app:3.0.0";
    cluster.limitReadyPods(slow, 0);
    cluster.behave(bad, PodBehavior.PULL_FAILS);
    createSucceeded("app", GOOD, 1);

    setImage("app", slow);
    await().atMost(WAIT).until(() -> get("app").getStatus().getRevision() == 2L);
    setImage("app", bad);
    TestPodRelease release = awaitPhase("app", Phase.RolledBack);

    assertThat(release.getStatus().getRevision()).isEqualTo(1L);
    assertThat(release.getStatus().getStableRevision()).isEqualTo(1L);
    assertThat(deployedImage("app")).isEqualTo(GOOD);
    HistoryEntry superseded = release.getStatus().getHistory().stream()
        .filter(entry -> entry.getRevision() == 2L).findFirst().orElseThrow();
    assertThat(superseded.getResult()).isEqualTo(HistoryResult.Superseded);
    assertThat(superseded.getReason()).contains("revision 3");
    assertThat(release.getStatus().getLastFailure().getRevision()).isEqualTo(3L);
  }

  @Test
  void rollbackToAnnotationRedeploysSnapshotOfThatRevision() {
    createSucceeded("app", GOOD, 1);
    update("app", release -> {
      release.getSpec().setImage("ghcr.io/acme/test-pod-app:1.1.0");
      release.getSpec().setEnv(List.of(new EnvVar("FEATURE_X", "on", null)));
    });
    await().atMost(WAIT).until(() -> get("app").getStatus().getStableRevision() == 2L);

    annotate("app", ReleaseLabels.ROLLBACK_TO, "1");
    TestPodRelease release = awaitPhase("app", Phase.RolledBack);

    assertThat(release.getStatus().getRevision()).isEqualTo(1L);
    assertThat(release.getStatus().getStableRevision()).isEqualTo(1L);
    assertThat(release.getMetadata().getAnnotations()).doesNotContainKey(ReleaseLabels.ROLLBACK_TO);
    var container = deployment("app").getSpec().getTemplate().getSpec().getContainers().get(0);
    assertThat(container.getImage()).isEqualTo(GOOD);
    assertThat(container.getEnv()).as("revision 1 had no env").isEmpty();
    assertThat(events(EventReason.RollbackStarted)).hasSize(1);
    await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
        .until(() -> phase("app") == Phase.RolledBack && deployedImage("app").equals(GOOD));
  }

  @Test
  void pausedReleaseChangesNothingInCluster() {
    createSucceeded("app", GOOD, 2);
    String deploymentVersion = deployment("app").getMetadata().getResourceVersion();

    update("app", release -> {
      release.getSpec().setPaused(true);
      release.getSpec().setImage("ghcr.io/acme/test-pod-app:1.2.0");
      release.getSpec().setReplicas(4);
    });
    awaitPhase("app", Phase.Paused);
    await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> phase("app") == Phase.Paused);

    assertThat(deployment("app").getMetadata().getResourceVersion()).isEqualTo(deploymentVersion);
    assertThat(controllerRevisions("app")).hasSize(1);
    assertThat(get("app").getStatus().getMessage()).contains("spec.paused");

    update("app", release -> release.getSpec().setPaused(false));
    TestPodRelease resumed = awaitPhase("app", Phase.Succeeded);
    assertThat(resumed.getStatus().getRevision()).isEqualTo(2L);
    assertThat(deployedImage("app")).isEqualTo("ghcr.io/acme/test-pod-app:1.2.0");
  }
}
