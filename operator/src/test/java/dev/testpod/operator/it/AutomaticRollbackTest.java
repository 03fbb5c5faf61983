package dev.testpod.operator.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.testpod.api.EventReason;
import dev.testpod.api.FailedPod;
import dev.testpod.api.HistoryResult;
import dev.testpod.api.Outcome;
import dev.testpod.api.Phase;
import dev.testpod.api.TestPodRelease;
import dev.testpod.operator.support.OperatorTestBase;
import dev.testpod.operator.support.PodBehavior;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Pod;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AutomaticRollbackTest extends OperatorTestBase {

  private static final String GOOD = "ghcr.io/acme/test-pod-app:1.0.0";

  @ParameterizedTest(name = "{0} replica(s)")
  @ValueSource(ints = {1, 3})
  void rollsBackWhenImageCannotBePulled(int replicas) {
    String bad = "ghcr.io/acme/test-pod-app:9.9." + replicas;
    cluster.behave(bad, PodBehavior.PULL_FAILS);
    createSucceeded("app", GOOD, replicas);
    List<String> stablePods = podNames(podsOfRevision("app", 1));

    setImage("app", bad);
    TestPodRelease release = awaitPhase("app", Phase.RolledBack);

    assertThat(release.getStatus().getRevision()).isEqualTo(1L);
    assertThat(release.getStatus().getStableRevision()).isEqualTo(1L);
    assertThat(release.getStatus().getImage()).isEqualTo(GOOD);
    assertThat(release.getStatus().getLastFailure().getReason()).containsPattern("ErrImagePull|ImagePullBackOff");
    assertThat(release.getStatus().getHistory().get(1).getRevision()).isEqualTo(2L);
    assertThat(release.getStatus().getHistory().get(1).getResult()).isEqualTo(HistoryResult.RolledBack);
    assertThat(release.getStatus().getMessage()).contains("Rolled back to revision 1").contains("testpod.dev/retry");
    assertThat(deployedImage("app")).isEqualTo(GOOD);
    assertThat(podNames(pods("app"))).as("the stable pods were never replaced").containsAll(stablePods);
    assertThat(cluster.deletedPods()).noneMatch(deleted -> stablePods.stream().anyMatch(deleted::endsWith));
    assertThat(events(EventReason.ValidationFailed)).singleElement()
        .satisfies(event -> assertThat(event.getType()).isEqualTo("Warning"));
    assertThat(events(EventReason.RollbackStarted)).hasSize(1);
    assertThat(events(EventReason.RolledBack)).hasSize(1);
    assertThat(notifier.reportsFor(namespace)).extracting(report -> report.outcome())
        .containsExactly(Outcome.Succeeded, Outcome.RolledBack);
    var rolledBack = notifier.reportsFor(namespace).get(1);
    assertThat(rolledBack.fromRevision()).isEqualTo(2L);
    assertThat(rolledBack.toRevision()).isEqualTo(1L);
    assertThat(rolledBack.fromImage()).isEqualTo(bad);
    assertThat(rolledBack.timeToDetect()).isLessThan(Duration.ofMinutes(1));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "CRASH_LOOP, CrashLoopBackOff, 2.0.1",
      "CONFIG_ERROR, CreateContainerConfigError, 2.0.2",
      "STUCK, ProgressDeadlineExceeded, 2.0.3"})
  void rollsBackAtOnceOnFailFastState(PodBehavior behavior, String reason, String tag) {
    String bad = "ghcr.io/acme/test-pod-app:" + tag;
    cluster.behave(bad, behavior);
    createSucceeded("app", GOOD, 2);

    setImage("app", bad);
    TestPodRelease release = awaitPhase("app", Phase.RolledBack);

    assertThat(release.getStatus().getLastFailure().getReason()).contains(reason);
    FailedPod failedPod = release.getStatus().getLastFailure().getFailedPod();
    assertThat(failedPod.getPod()).startsWith("app-2-");
    assertThat(failedPod.getReason()).isEqualTo(reason);
    if (behavior == PodBehavior.CRASH_LOOP) {
      assertThat(failedPod.getRestartCount()).isEqualTo(PodBehavior.CRASH_LOOP_RESTARTS);
      assertThat(failedPod.getLastExitCode()).isEqualTo(PodBehavior.CRASH_LOOP_EXIT_CODE);
    }
    assertThat(release.getStatus().getValidation().getFailureReason()).isNull();
    assertThat(deployedImage("app")).isEqualTo(GOOD);
    assertThat(podsOfRevision("app", 1)).hasSize(2);
  }

  @Test
  void rollsBackAtDeadlineWhenReadinessStays503() {
    String bad = "ghcr.io/acme/test-pod-app:3.0.0";
    cluster.behave(bad, PodBehavior.READINESS_503);
    createSucceeded("app", GOOD, 2);

    setImage("app", bad);
    awaitPhase("app", Phase.Progressing);
    await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
        .until(() -> phase("app") == Phase.Progressing);
    clock.advance(Duration.ofMinutes(5).plusSeconds(1));
    TestPodRelease release = awaitPhase("app", Phase.RolledBack);

    assertThat(release.getStatus().getLastFailure().getReason()).contains("did not pass within 5m");
    assertThat(deployedImage("app")).isEqualTo(GOOD);
  }

  @Test
  void doesNotValidatePodsReportingWrongVersion() {
    String bad = "ghcr.io/acme/test-pod-app:4.0.0";
    cluster.behave(bad, PodBehavior.WRONG_VERSION);
    createSucceeded("app", GOOD, 1);

    setImage("app", bad);
    TestPodRelease validating = awaitPhase("app", Phase.Validating);
    await().atMost(WAIT).until(() -> get("app").getStatus().getValidation().getLastProbe() != null);
    await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
        .until(() -> phase("app") == Phase.Validating);
    validating = get("app");
    assertThat(validating.getStatus().getValidation().getConsecutiveSuccesses()).isZero();
    assertThat(validating.getStatus().getValidation().getLastProbe().getResult())
        .contains("reported version 4.0.0-wrong, expected 4.0.0");

    clock.advance(Duration.ofMinutes(6));
    TestPodRelease release = awaitPhase("app", Phase.RolledBack);
    assertThat(release.getStatus().getLastFailure().getReason()).contains("4.0.0-wrong");
  }

  @Test
  void failsWithoutLoopWhenRollbackTargetFails() {
    String bad = "ghcr.io/acme/test-pod-app:5.0.0";
    cluster.behave(bad, PodBehavior.PULL_FAILS);
    createSucceeded("app", GOOD, 2);
    cluster.breakRunningPods(GOOD);

    setImage("app", bad);
    awaitPhase("app", Phase.RollingBack);
    clock.advance(Duration.ofMinutes(6));
    TestPodRelease failed = awaitPhase("app", Phase.Failed);

    assertThat(failed.getStatus().getRevision()).isEqualTo(1L);
    assertThat(failed.getStatus().getMessage()).contains("Rollback to revision 1").contains("no further action");
    assertThat(events(EventReason.RollbackFailed)).singleElement()
        .satisfies(event -> assertThat(event.getType()).isEqualTo("Warning"));
    Long generation = deployment("app").getMetadata().getGeneration();
    await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> phase("app") == Phase.Failed);
    assertThat(deployment("app").getMetadata().getGeneration()).as("no further rollout").isEqualTo(generation);
    assertThat(events(EventReason.RolloutStarted)).singleElement()
        .satisfies(event -> assertThat(event.getCount()).isEqualTo(2));
    assertThat(notifier.reportsFor(namespace)).extracting(report -> report.outcome())
        .containsExactly(Outcome.Succeeded, Outcome.Failed);
  }

  @Test
  void longFailureKeepsOneEventPerReason() {
    String bad = "ghcr.io/acme/test-pod-app:6.0.0";
    cluster.behave(bad, PodBehavior.WRONG_VERSION);
    createSucceeded("app", GOOD, 1);

    setImage("app", bad);
    awaitPhase("app", Phase.Validating);
    for (int step = 0; step < 30 && phase("app") == Phase.Validating; step++) {
      clock.advance(Duration.ofSeconds(10));
      await().pollDelay(Duration.ofMillis(250)).until(() -> true);
    }
    awaitPhase("app", Phase.RolledBack);

    List<Event> events = events();
    assertThat(events.stream().collect(Collectors.groupingBy(Event::getReason, Collectors.counting())))
        .allSatisfy((reason, count) -> assertThat(count).as("Event objects for " + reason).isEqualTo(1L));
    assertThat(events).extracting(Event::getReason).containsExactlyInAnyOrder(
        "RolloutStarted", "ValidationSucceeded", "ValidationFailed", "RollbackStarted", "RolledBack");
  }

  private static List<String> podNames(List<Pod> pods) {
    return pods.stream().map(pod -> pod.getMetadata().getName()).toList();
  }
}
