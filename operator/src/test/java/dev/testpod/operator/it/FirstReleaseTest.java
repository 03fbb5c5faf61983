package dev.testpod.operator.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.testpod.api.ConditionType;
import dev.testpod.api.EventReason;
import dev.testpod.api.HistoryResult;
import dev.testpod.api.Outcome;
import dev.testpod.api.Phase;
import dev.testpod.api.TestPodRelease;
import dev.testpod.operator.support.OperatorTestBase;
import io.fabric8.kubernetes.api.model.Condition;
import dev.testpod.operator.support.PodBehavior;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FirstReleaseTest extends OperatorTestBase {

  @Test
  void firstReleaseSucceedsWithReadyTrue() {
    TestPodRelease release = createSucceeded("app", "ghcr.io/acme/test-pod-app:1.0.0", 2);

    assertThat(release.getStatus().getRevision()).isEqualTo(1L);
    assertThat(release.getStatus().getStableRevision()).isEqualTo(1L);
    assertThat(release.getStatus().getImage()).isEqualTo("ghcr.io/acme/test-pod-app:1.0.0");
    assertThat(release.getStatus().getStableImage()).isEqualTo("ghcr.io/acme/test-pod-app:1.0.0");
    assertThat(release.getStatus().getObservedGeneration()).isEqualTo(release.getMetadata().getGeneration());
    assertThat(release.getStatus().getValidation().getConsecutiveSuccesses()).isEqualTo(2);
    assertThat(release.getStatus().getHistory()).singleElement()
        .satisfies(entry -> assertThat(entry.getResult()).isEqualTo(HistoryResult.Succeeded));
    Condition ready = condition(release, ConditionType.READY);
    assertThat(ready.getStatus()).isEqualTo("True");
    assertThat(ready.getObservedGeneration()).isEqualTo(release.getMetadata().getGeneration());
    assertThat(condition(release, ConditionType.PROGRESSING).getStatus()).isEqualTo("False");
    assertThat(condition(release, ConditionType.DEGRADED).getStatus()).isEqualTo("False");
    assertThat(release.getStatus().getMessage()).contains("passed validation");

    assertThat(deployedImage("app")).isEqualTo("ghcr.io/acme/test-pod-app:1.0.0");
    assertThat(client.services().inNamespace(namespace).withName("app").get().getSpec().getPorts().get(0).getPort())
        .isEqualTo(8080);
    assertThat(controllerRevisions("app")).singleElement()
        .satisfies(revision -> assertThat(revision.getRevision()).isEqualTo(1L));
    assertThat(podsOfRevision("app", 1)).hasSize(2)
        .allSatisfy(pod -> assertThat(cluster.server(pod).requestCount("/version")).isPositive());
    assertThat(events(EventReason.RolloutStarted)).hasSize(1);
    assertThat(events(EventReason.ValidationSucceeded)).hasSize(1);
    assertThat(notifier.reportsFor(namespace)).singleElement()
        .satisfies(report -> assertThat(report.outcome()).isEqualTo(Outcome.Succeeded));
  }

  @Test
  void firstReleaseFailsWithoutRollbackTarget() {
    String bad = "ghcr.io/acme/test-pod-app:0.0.1";
    cluster.behave(bad, PodBehavior.PULL_FAILS);

    create(release("app", bad, 1));
    TestPodRelease release = awaitPhase("app", Phase.Failed);

    assertThat(release.getStatus().getRevision()).isEqualTo(1L);
    assertThat(release.getStatus().getStableRevision()).isNull();
    assertThat(release.getStatus().getHistory()).singleElement()
        .satisfies(entry -> assertThat(entry.getResult()).isEqualTo(HistoryResult.Failed));
    assertThat(release.getStatus().getValidation().getFailureReason()).contains("app-1-").contains("ErrImagePull");
    assertThat(release.getStatus().getMessage()).contains("there is no validated revision to roll back to");
    assertThat(condition(release, ConditionType.READY).getStatus()).isEqualTo("False");
    assertThat(condition(release, ConditionType.DEGRADED).getStatus()).isEqualTo("True");
    assertThat(events(EventReason.ValidationFailed)).singleElement()
        .satisfies(event -> assertThat(event.getType()).isEqualTo("Warning"));
    assertThat(events(EventReason.RollbackStarted)).isEmpty();
    assertThat(notifier.reportsFor(namespace)).singleElement()
        .satisfies(report -> assertThat(report.outcome()).isEqualTo(Outcome.Failed));
  }

  @Test
  void fullMaxUnavailableStillProbesEveryPod() {
    String next = "ghcr.io/acme/test-pod-app:1.1.0";
    createSucceeded("app", "ghcr.io/acme/test-pod-app:1.0.0", 3);
    cluster.overrideMaxUnavailable(namespace, "100%");
    cluster.limitReadyPods(next, 2);

    setImage("app", next);
    await().atMost(WAIT).until(() -> podsOfRevision("app", 2).stream().filter(pod -> cluster.server(pod) != null).count() == 3);
    await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> phase("app") == Phase.Progressing);
    assertThat(podsOfRevision("app", 1)).as("the old pods are gone").isEmpty();

    cluster.removeReadyLimit(next);
    TestPodRelease release = awaitPhase("app", Phase.Succeeded);

    assertThat(release.getStatus().getStableRevision()).isEqualTo(2L);
    assertThat(podsOfRevision("app", 2)).hasSize(3)
        .allSatisfy(pod -> assertThat(cluster.server(pod).requestCount("/q/health/ready")).as(pod.getMetadata().getName())
            .isGreaterThanOrEqualTo(2));
  }

  private static Condition condition(TestPodRelease release, String type) {
    return release.getStatus().getConditions().stream()
        .filter(condition -> type.equals(condition.getType()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no condition " + type));
  }
}
