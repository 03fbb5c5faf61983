package dev.testpod.operator.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.testpod.api.EventReason;
import dev.testpod.api.HistoryEntry;
import dev.testpod.api.HistoryResult;
import dev.testpod.api.Phase;
import dev.testpod.api.ReleaseLabels;
import dev.testpod.api.TestPodRelease;
import dev.testpod.operator.leader.LeaderElectionSettings;
import dev.testpod.operator.support.PodBehavior;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Status writes meet conflicts, server errors and lost responses. The operator's client retries a
 * 5xx or a timeout twice, 50 ms apart at first. Past that the reconcile fails and JOSDK retries it
 * with back-off. A 409 makes the reconciler decide again on a fresh read.
 */
class ApiErrorRetryTest extends ProductionTestBase {

  private static final Predicate<String> STATUS_OF_APP =
      path -> path.startsWith("/apis/testpod.dev/v1alpha1/namespaces/" + NAMESPACE + "/testpodreleases/app/status");

  @Test
  void statusSurvivesConflictsServerErrorsAndTimeouts() throws Exception {
    dispatcher.failNext("PUT", STATUS_OF_APP, 409, 2);
    dispatcher.failNext("PUT", STATUS_OF_APP, 500, 2);
    dispatcher.failNext("PUT", STATUS_OF_APP, 503, 3);
    dispatcher.dropNext("PUT", STATUS_OF_APP, Duration.ofMillis(1500), 2);
    startOperator(operatorClient(), runtimeSettings(LeaderElectionSettings.disabled()));

    client.resource(release("app", "ghcr.io/acme/test-pod-app:1.0.0")).create();
    TestPodRelease release = awaitPhase("app", Phase.Succeeded);

    assertThat(dispatcher.faultsExhausted()).as("every injected fault was hit").isTrue();
    assertThat(dispatcher.injected("PUT")).isEqualTo(9);
    assertSucceededOnce(release);
    assertThat(eventCount(EventReason.RolloutStarted)).isEqualTo(1);
    assertThat(eventCount(EventReason.ValidationSucceeded)).isEqualTo(1);
  }

  @Test
  void statusSurvivesResponseLostAfterWrite() throws Exception {
    dispatcher.applyAndDelayNext("PUT", STATUS_OF_APP, Duration.ofMillis(1500), 1);
    startOperator(operatorClient(), runtimeSettings(LeaderElectionSettings.disabled()));

    client.resource(release("app", "ghcr.io/acme/test-pod-app:1.0.0")).create();
    TestPodRelease release = awaitPhase("app", Phase.Succeeded);

    assertThat(dispatcher.faultsExhausted()).isTrue();
    assertSucceededOnce(release);
    // NOTE: the reconciler emits a transition's Events only after its status write succeeds. So the
    // Event of a write whose response was lost is not emitted, and it is never emitted twice either.
    assertThat(eventCount(EventReason.RolloutStarted)).isLessThanOrEqualTo(1);
    assertThat(eventCount(EventReason.ValidationSucceeded)).isEqualTo(1);
  }

  private void assertSucceededOnce(TestPodRelease release) {
    assertThat(release.getStatus().getRevision()).isEqualTo(1L);
    assertThat(release.getStatus().getStableRevision()).isEqualTo(1L);
    assertThat(release.getStatus().getObservedGeneration()).isEqualTo(release.getMetadata().getGeneration());
    assertThat(release.getStatus().getValidation().getConsecutiveSuccesses()).isEqualTo(2);
    assertThat(release.getStatus().getHistory()).singleElement().satisfies(entry -> {
      assertThat(entry.getRevision()).isEqualTo(1L);
      assertThat(entry.getResult()).isEqualTo(HistoryResult.Succeeded);
    });
    assertThat(release.getStatus().getConditions())
        .filteredOn(condition -> condition.getType().equals("Ready"))
        .singleElement()
        .satisfies(condition -> assertThat(condition.getStatus()).isEqualTo("True"));
    assertThat(client.apps().controllerRevisions().inNamespace(NAMESPACE).withLabel(ReleaseLabels.RELEASE, "app")
        .list().getItems()).as("ControllerRevisions").hasSize(1);
  }

  @Test
  void rollbackStatusSurvivesServerErrors() throws Exception {
    startOperator(operatorClient(), runtimeSettings(LeaderElectionSettings.disabled()));
    client.resource(release("app", "ghcr.io/acme/test-pod-app:1.0.0")).create();
    awaitPhase("app", Phase.Succeeded);
    cluster.behave("ghcr.io/acme/test-pod-app:2.0.0", PodBehavior.CRASH_LOOP);
    dispatcher.failNext("PUT", STATUS_OF_APP, 503, 6);

    setImage("app", "ghcr.io/acme/test-pod-app:2.0.0");
    TestPodRelease release = awaitPhase("app", Phase.RolledBack);

    assertThat(dispatcher.faultsExhausted()).isTrue();
    assertThat(release.getStatus().getRevision()).isEqualTo(1L);
    assertThat(release.getStatus().getHistory()).extracting(HistoryEntry::getRevision).containsExactly(1L, 2L, 1L);
    assertThat(release.getStatus().getHistory().get(1).getResult()).isEqualTo(HistoryResult.RolledBack);
    assertThat(client.apps().controllerRevisions().inNamespace(NAMESPACE).withLabel(ReleaseLabels.RELEASE, "app")
        .list().getItems()).as("ControllerRevisions").hasSize(2);
    await().atMost(WAIT).untilAsserted(() -> assertThat(notifier.reportsFor(NAMESPACE)).hasSize(2));
    assertThat(eventCount(EventReason.RollbackStarted)).isEqualTo(1);
  }

  /** Creates the operator's client with a short request timeout and two quick retries, so faults exhaust them. */
  private KubernetesClient operatorClient() {
    return newClient(config -> config
        .withRequestTimeout(1000)
        .withRequestRetryBackoffLimit(2)
        .withRequestRetryBackoffInterval(50));
  }

  private int eventCount(EventReason reason) {
    return client.v1().events().inNamespace(NAMESPACE).list().getItems().stream()
        .filter(event -> reason.name().equals(event.getReason()))
        .mapToInt(event -> event.getCount() == null ? 1 : event.getCount())
        .sum();
  }
}
