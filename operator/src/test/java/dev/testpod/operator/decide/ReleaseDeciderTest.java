package dev.testpod.operator.decide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testpod.api.ConditionType;
import dev.testpod.api.EventReason;
import dev.testpod.api.FailedPod;
import dev.testpod.api.HistoryEntry;
import dev.testpod.api.HistoryResult;
import dev.testpod.api.Outcome;
import dev.testpod.api.Phase;
import dev.testpod.api.ProbeResult;
import dev.testpod.api.ReleaseLabels;
import dev.testpod.api.TestPodRelease;
import dev.testpod.api.TestPodReleaseSpec;
import dev.testpod.api.TestPodReleaseStatus;
import dev.testpod.api.ValidationStatus;
import dev.testpod.operator.notification.PodFailure;
import dev.testpod.operator.observe.ObservedState;
import dev.testpod.operator.observe.RolloutProgress;
import dev.testpod.operator.probe.PodProbeResult;
import dev.testpod.operator.probe.ProbeRound;
import dev.testpod.operator.revision.Snapshot;
import dev.testpod.operator.spec.SpecViolation;
import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The decision as a pure function: a release, observed state and a fixed time in, a decision out. */
class ReleaseDeciderTest {

  private static final String V1 = "ghcr.io/acme/test-pod-app:1.0.0";
  private static final String V2 = "ghcr.io/acme/test-pod-app:2.0.0";
  private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
  private static final Duration IDLE = Duration.ofMinutes(1);

  private final ReleaseDecider decider = new ReleaseDecider();
  private final Map<Long, Snapshot> stored = new HashMap<>();

  @Test
  void firstReconcileStartsRevisionOne() {
    TestPodRelease release = release(V1);

    Decision decision = decide(release, null);

    assertThat(decision.status().getPhase()).isEqualTo(Phase.Progressing);
    assertThat(decision.status().getRevision()).isEqualTo(1L);
    assertThat(decision.status().getSpecHash()).isEqualTo(Snapshot.of(release.getSpec()).hash());
    assertThat(decision.status().getValidation().getDeadline()).isEqualTo("2026-12-04T10:05:00Z");
    assertThat(decision.newSnapshot().image()).isEqualTo(V1);
    assertThat(decision.workload().revision()).isEqualTo(1L);
    assertThat(decision.events()).extracting(ReleaseEvent::reason).containsExactly(EventReason.RolloutStarted);
    assertThat(decision.requeueAfter()).isEqualTo(Duration.ofSeconds(10));
    assertThat(decision.status().getObservedGeneration()).isEqualTo(3L);
  }

  @Test
  void passesAfterThresholdConsecutiveRounds() {
    TestPodRelease release = validating(V1, 1, false, 2);

    Decision decision = decide(release, complete(1), round(true));

    assertThat(decision.status().getPhase()).isEqualTo(Phase.Succeeded);
    assertThat(decision.status().getStableRevision()).isEqualTo(1L);
    assertThat(decision.status().getOutcome()).isEqualTo(Outcome.Succeeded);
    assertThat(decision.status().getHistory().get(0).getResult()).isEqualTo(HistoryResult.Succeeded);
    assertThat(decision.events()).extracting(ReleaseEvent::reason).containsExactly(EventReason.ValidationSucceeded);
    assertThat(decision.outcome().outcome()).isEqualTo(Outcome.Succeeded);
    assertThat(decision.outcome().transitionKey()).startsWith("uid-1/1/Succeeded/");
    assertThat(condition(decision, ConditionType.READY).getStatus()).isEqualTo("True");
    assertThat(decision.requeueAfter()).isEqualTo(IDLE);
  }

  @Test
  void failingRoundResetsConsecutiveSuccesses() {
    TestPodRelease release = validating(V1, 1, false, 2);

    Decision decision = decide(release, complete(1), round(false));

    assertThat(decision.status().getPhase()).isEqualTo(Phase.Validating);
    assertThat(decision.status().getValidation().getConsecutiveSuccesses()).isZero();
    assertThat(decision.status().getValidation().getLastProbe().getPod()).isEqualTo("app-1-a");
    assertThat(decision.status().getValidation().getLastProbe().getResult()).isEqualTo("HTTP 503");
    assertThat(decision.status().getMessage()).isEqualTo("Validating revision 1 (" + V1 + "): 0 of 3 consecutive "
        + "probe rounds passed (last probe: pod app-1-a HTTP 503); deadline 2026-12-04T10:04:00Z.");
    assertThat(decision.events()).isEmpty();
    assertThat(decision.outcome()).isNull();
  }

  @Test
  void requeuesAtIntervalWithoutProbeRound() {
    TestPodRelease release = validating(V1, 1, false, 1);

    Decision decision = decide(release, complete(1), null);

    assertThat(decision.status().getValidation().getConsecutiveSuccesses()).isEqualTo(1);
    assertThat(decision.requeueAfter()).isEqualTo(Duration.ofSeconds(10));
    assertThat(decision.workload().revision()).isEqualTo(1L);
  }

  @Test
  void failFastRollsBackToStableSnapshot() {
    TestPodRelease release = validating(V2, 2, false, 0);
    release.getStatus().setStableRevision(1L);
    release.getStatus().setStableImage(V1);
    stored.put(1L, snapshot(V1));

    Decision decision = decide(release, failing(2, "pod app-2-a container app is in ImagePullBackOff"), null);

    assertThat(decision.status().getPhase()).isEqualTo(Phase.RollingBack);
    assertThat(decision.status().getRevision()).isEqualTo(1L);
    assertThat(decision.status().getImage()).isEqualTo(V1);
    assertThat(decision.status().getRejectedSpecHash()).isEqualTo(snapshot(V2).hash());
    assertThat(decision.status().getLastFailure().getReason()).contains("ImagePullBackOff");
    assertThat(decision.status().getValidation().getRollback()).isTrue();
    assertThat(decision.workload().snapshot().image()).isEqualTo(V1);
    assertThat(decision.newSnapshot()).as("the rollback reuses the stored snapshot").isNull();
    assertThat(decision.events()).extracting(ReleaseEvent::reason)
        .containsExactly(EventReason.ValidationFailed, EventReason.RollbackStarted);
    assertThat(decision.status().getHistory()).extracting(HistoryEntry::getRevision, HistoryEntry::getResult)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, HistoryResult.Progressing),
            org.assertj.core.groups.Tuple.tuple(2L, HistoryResult.RolledBack));
  }

  @Test
  void failFastOffWaitsForDeadline() {
    TestPodRelease release = validating(V2, 2, false, 0);
    release.getSpec().getHealthCheck().setFailFast(false);

    Decision decision = decide(release, failing(2, "pod app-2-a container app is in CrashLoopBackOff"), null);

    assertThat(decision.status().getPhase()).isEqualTo(Phase.Progressing);
    assertThat(decision.status().getValidation().getFailureReason()).isNull();
  }

  @Test
  void deadlineFailsValidationWithLastProblem() {
    TestPodRelease release = validating(V1, 1, false, 0);
    release.getStatus().getValidation().setDeadline("2026-12-04T09:59:59Z");

    Decision decision = decide(release, incomplete(1), null);

    assertThat(decision.status().getPhase()).isEqualTo(Phase.Failed);
    assertThat(decision.status().getValidation().getFailureReason())
        .isEqualTo("validation did not pass within 5m: 0 of 1 new pod(s) ready");
    assertThat(decision.status().getMessage()).contains("there is no validated revision to roll back to");
    assertThat(decision.outcome().outcome()).isEqualTo(Outcome.Failed);
    assertThat(decision.outcome().timeToDetect()).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void rolledBackReportCarriesFailedPod() {
    TestPodRelease release = validating(V2, 2, false, 0);
    release.getStatus().setStableRevision(1L);
    release.getStatus().setStableImage(V1);
    stored.put(1L, snapshot(V1));
    PodFailure crash = new PodFailure("app-2-a", "app", "CrashLoopBackOff", 4, 137, List.of());
    RolloutProgress crashing = new RolloutProgress(2, false, "pod app-2-a container app is in CrashLoopBackOff",
        crash, "0 of 1 new pod(s) ready", List.of(), List.of());

    TestPodReleaseStatus rollingBack = decide(release, crashing, null).status();
    FailedPod failedPod = rollingBack.getLastFailure().getFailedPod();
    assertThat(failedPod.getPod()).isEqualTo("app-2-a");
    assertThat(failedPod.getContainer()).isEqualTo("app");
    assertThat(failedPod.getReason()).isEqualTo("CrashLoopBackOff");
    assertThat(failedPod.getRestartCount()).isEqualTo(4);
    assertThat(failedPod.getLastExitCode()).isEqualTo(137);

    rollingBack.getValidation().setConsecutiveSuccesses(2);
    Decision rolledBack = decide(withStatus(release, rollingBack), complete(1), round(true));

    assertThat(rolledBack.status().getPhase()).isEqualTo(Phase.RolledBack);
    assertThat(rolledBack.outcome().outcome()).isEqualTo(Outcome.RolledBack);
    assertThat(rolledBack.outcome().podFailure()).isEqualTo(crash);
  }

  @Test
  void probedUnreadyPodsCountAsNoRound() {
    TestPodRelease release = validating(V1, 1, false, 1);

    Decision decision = decide(release, incomplete(1), unavailableRound());

    assertThat(decision.status().getPhase()).isEqualTo(Phase.Progressing);
    assertThat(decision.status().getValidation().getConsecutiveSuccesses()).isZero();
    ProbeResult probe = decision.status().getValidation().getLastProbe();
    assertThat(probe.getPod()).isEqualTo("app-1-a");
    assertThat(probe.getHttpStatus()).isEqualTo(503);
    assertThat(probe.getFailingChecks()).containsExactly("postgres", "cassandra");
  }

  @Test
  void readinessDeadlineNamesFailingChecks() {
    TestPodRelease release = validating(V1, 1, false, 0);
    TestPodReleaseStatus probed = decide(release, incomplete(1), unavailableRound()).status();
    probed.getValidation().setDeadline("2026-12-04T09:59:59Z");

    Decision decision = decide(withStatus(release, probed), incomplete(1), null);

    assertThat(decision.status().getPhase()).isEqualTo(Phase.Failed);
    assertThat(decision.status().getValidation().getFailureReason()).isEqualTo(
        "validation did not pass within 5m: 0 of 1 new pod(s) ready; pod app-1-a /q/health/ready returned"
            + " HTTP 503 (checks DOWN: postgres, cassandra)");
    PodFailure pod = decision.outcome().podFailure();
    assertThat(pod.pod()).isEqualTo("app-1-a");
    assertThat(pod.reason()).isEqualTo("HTTP 503");
    assertThat(pod.failingChecks()).containsExactly("postgres", "cassandra");
    assertThat(decision.status().getLastFailure().getFailedPod().getFailingChecks())
        .containsExactly("postgres", "cassandra");
  }

  @Test
  void deadlineWithoutFailedProbeNamesNoPod() {
    TestPodRelease release = validating(V1, 1, false, 0);
    release.getStatus().getValidation().setDeadline("2026-12-04T09:59:59Z");

    Decision decision = decide(release, incomplete(1), null);

    assertThat(decision.outcome().podFailure()).isNull();
    assertThat(decision.status().getLastFailure().getFailedPod()).isNull();
  }

  @Test
  void automaticRollbackOffEndsFailed() {
    TestPodRelease release = validating(V2, 2, false, 0);
    release.getStatus().setStableRevision(1L);
    release.getSpec().getRollback().setAutomatic(false);
    stored.put(1L, snapshot(V1));

    Decision decision = decide(release, failing(2, "pod app-2-a container app is in CrashLoopBackOff"), null);

    assertThat(decision.status().getPhase()).isEqualTo(Phase.Failed);
    assertThat(decision.status().getRevision()).isEqualTo(2L);
    assertThat(decision.workload().revision()).isEqualTo(2L);
    assertThat(decision.status().getMessage()).contains("automatic rollback is off");
    assertThat(decision.events()).extracting(ReleaseEvent::reason, ReleaseEvent::warning)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(EventReason.ValidationFailed, true));
  }

  @Test
  void failedRollbackIsTerminal() {
    TestPodRelease release = validating(V1, 1, true, 0);
    release.getSpec().setImage(V2);
    release.getStatus().setStableRevision(1L);
    release.getStatus().setRejectedSpecHash(snapshot(V2).hash());

    Decision decision = decide(release, failing(1, "pod app-1-a container app is in CrashLoopBackOff"), null);

    assertThat(decision.status().getPhase()).isEqualTo(Phase.Failed);
    assertThat(decision.events()).extracting(ReleaseEvent::reason).containsExactly(EventReason.RollbackFailed);
    assertThat(decision.outcome().outcome()).isEqualTo(Outcome.Failed);

    TestPodRelease after = withStatus(release, decision.status());
    Decision next = decide(after, failing(1, "pod app-1-a container app is in CrashLoopBackOff"), null);
    assertThat(next.status().getPhase()).as("no loop after a failed rollback").isEqualTo(Phase.Failed);
    assertThat(next.status().getRevision()).isEqualTo(1L);
    assertThat(next.events()).isEmpty();
    assertThat(next.newSnapshot()).isNull();
  }

  @Test
  void rejectedSpecIsNotRolledOutAgain() {
    TestPodRelease release = rolledBack();
    release.getMetadata().getAnnotations().put("example.com/owner", "team-a");

    Decision decision = decide(release, complete(1), null);

    assertThat(decision.status().getPhase()).isEqualTo(Phase.RolledBack);
    assertThat(decision.status().getRevision()).isEqualTo(1L);
    assertThat(decision.newSnapshot()).isNull();
    assertThat(decision.events()).isEmpty();
    assertThat(decision.annotationsToRemove()).isEmpty();
  }

  @Test
  void retryAnnotationRollsOutRejectedSpecOnce() {
    TestPodRelease release = rolledBack();
    release.getMetadata().getAnnotations().put(ReleaseLabels.RETRY, "attempt-1");

    Decision decision = decide(release, complete(1), null);

    assertThat(decision.status().getRevision()).isEqualTo(3L);
    assertThat(decision.status().getImage()).isEqualTo(V2);
    assertThat(decision.status().getRetryToken()).isEqualTo("attempt-1");
    assertThat(decision.status().getRejectedSpecHash()).isNull();
    assertThat(decision.annotationsToRemove()).containsExactly(ReleaseLabels.RETRY);

    TestPodRelease consumedAgain = rolledBack();
    consumedAgain.getStatus().setRetryToken("attempt-1");
    consumedAgain.getMetadata().getAnnotations().put(ReleaseLabels.RETRY, "attempt-1");
    Decision repeat = decide(consumedAgain, complete(1), null);
    assertThat(repeat.status().getRevision()).as("a consumed value does not retry again").isEqualTo(1L);
    assertThat(repeat.annotationsToRemove()).containsExactly(ReleaseLabels.RETRY);
  }

  @Test
  void newSpecSupersedesValidationInFlight() {
    TestPodRelease release = validating(V2, 2, false, 1);
    release.getSpec().setImage("ghcr.io/acme/test-pod-app:3.0.0");

    Decision decision = decide(release, complete(2), null);

    assertThat(decision.status().getRevision()).isEqualTo(3L);
    assertThat(decision.status().getValidation().getConsecutiveSuccesses()).isZero();
    assertThat(decision.status().getHistory()).extracting(HistoryEntry::getRevision, HistoryEntry::getResult)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3L, HistoryResult.Progressing),
            org.assertj.core.groups.Tuple.tuple(2L, HistoryResult.Superseded));
  }

  @Test
  void lostStatusWriteReusesLeftoverRevisionNumber() {
    String v3 = "ghcr.io/acme/test-pod-app:3.0.0";
    TestPodRelease release = validating(V2, 2, false, 1);
    release.getSpec().setImage(v3);
    stored.put(3L, snapshot(v3));

    Decision decision = decide(release, complete(2), null);

    assertThat(decision.status().getRevision()).as("revision 3 already holds this spec").isEqualTo(3L);
    assertThat(decision.status().getHistory().get(1).getReason()).contains("superseded by revision 3");
  }

  @Test
  void leftoverRevisionOfOtherSpecIsSkipped() {
    String v3 = "ghcr.io/acme/test-pod-app:3.0.0";
    TestPodRelease release = validating(V2, 2, false, 1);
    release.getSpec().setImage("ghcr.io/acme/test-pod-app:4.0.0");
    stored.put(3L, snapshot(v3));

    Decision decision = decide(release, complete(2), null);

    assertThat(decision.status().getRevision()).isEqualTo(4L);
  }

  @Test
  void replicaChangeKeepsRevisionAndUpdatesObservedGeneration() {
    TestPodRelease release = succeeded();
    release.getSpec().setReplicas(4);
    release.getMetadata().setGeneration(7L);

    Decision decision = decide(release, complete(1), null);

    assertThat(decision.status().getRevision()).isEqualTo(1L);
    assertThat(decision.newSnapshot()).isNull();
    assertThat(decision.workload().replicas()).isEqualTo(4);
    assertThat(decision.status().getObservedGeneration()).isEqualTo(7L);
    assertThat(decision.status().getConditions()).allSatisfy(condition -> {
      assertThat(condition.getObservedGeneration()).isEqualTo(7L);
      assertThat(condition.getLastTransitionTime()).as("unchanged status keeps its time").isEqualTo("2026-12-04T09:00:00Z");
    });
  }

  @Test
  void pausedReleaseLeavesClusterAlone() {
    TestPodRelease release = succeeded();
    release.getSpec().setPaused(true);
    release.getSpec().setImage(V2);
    release.getMetadata().getAnnotations().put(ReleaseLabels.ROLLBACK_TO, "1");

    Decision decision = decide(release, complete(1), null);

    assertThat(decision.status().getPhase()).isEqualTo(Phase.Paused);
    assertThat(decision.workload()).isNull();
    assertThat(decision.newSnapshot()).isNull();
    assertThat(decision.revisionsToDelete()).isEmpty();
    assertThat(decision.annotationsToRemove()).isEmpty();
    assertThat(decision.status().getRevision()).isEqualTo(1L);
  }

  @Test
  void resumedValidationGetsFreshDeadline() {
    TestPodRelease release = validating(V2, 2, false, 1);
    release.getStatus().setPhase(Phase.Paused);
    release.getStatus().getValidation().setDeadline("2026-12-04T09:00:00Z");

    Decision decision = decide(release, complete(2), null);

    assertThat(decision.status().getPhase()).isEqualTo(Phase.Validating);
    assertThat(decision.status().getValidation().getDeadline()).isEqualTo("2026-12-04T10:05:00Z");
    assertThat(decision.status().getValidation().getConsecutiveSuccesses()).isZero();
  }

  @Test
  void invalidSpecKeepsRunningRevision() {
    TestPodRelease release = succeeded();
    List<SpecViolation> violations = List.of(new SpecViolation("spec.replicas", "-1", "must be between 0 and 50"));

    Decision decision = decider.decide(new DecisionInput(release, violations, observed(complete(1), null), NOW, IDLE));

    assertThat(decision.status().getPhase()).isEqualTo(Phase.Invalid);
    assertThat(decision.status().getMessage()).isEqualTo("Invalid spec: spec.replicas \"-1\" is invalid: must be "
        + "between 0 and 50; fix the spec, revision 1 keeps running untouched.");
    assertThat(decision.workload()).isNull();
    assertThat(decision.events()).singleElement().satisfies(event -> {
      assertThat(event.reason()).isEqualTo(EventReason.InvalidSpec);
      assertThat(event.warning()).isTrue();
    });

    TestPodRelease still = withStatus(release, decision.status());
    Decision repeat = decider.decide(new DecisionInput(still, violations, observed(complete(1), null), NOW, IDLE));
    assertThat(repeat.events()).as("no event without a transition").isEmpty();
  }

  @Test
  void manualRollbackToRevisionRedeploysItsSnapshot() {
    TestPodRelease release = succeeded();
    release.getSpec().setImage(V2);
    release.getStatus().setRevision(2L);
    release.getStatus().setImage(V2);
    release.getStatus().setStableRevision(2L);
    release.getStatus().setSpecHash(snapshot(V2).hash());
    release.getStatus().getHistory().add(0, new HistoryEntry(2L, V2, "2026-12-04T09:30:00Z", HistoryResult.Succeeded, "ok"));
    release.getMetadata().getAnnotations().put(ReleaseLabels.ROLLBACK_TO, "previous");
    stored.put(2L, snapshot(V2));

    Decision decision = decide(release, complete(2), null);

    assertThat(decision.status().getPhase()).isEqualTo(Phase.RollingBack);
    assertThat(decision.status().getRevision()).isEqualTo(1L);
    assertThat(decision.workload().snapshot().image()).isEqualTo(V1);
    assertThat(decision.status().getRejectedSpecHash()).isEqualTo(snapshot(V2).hash());
    assertThat(decision.annotationsToRemove()).containsExactly(ReleaseLabels.ROLLBACK_TO);
    assertThat(decision.events()).extracting(ReleaseEvent::reason).containsExactly(EventReason.RollbackStarted);
    HistoryEntry replaced = decision.status().getHistory().get(1);
    assertThat(replaced.getRevision()).isEqualTo(2L);
    assertThat(replaced.getResult()).as("a validated revision is replaced, not rolled back")
        .isEqualTo(HistoryResult.Superseded);
    assertThat(replaced.getReason()).isEqualTo("replaced by a manual rollback to revision 1");
  }

  @Test
  void unknownRollbackTargetIsReportedAndIgnored() {
    TestPodRelease release = succeeded();
    release.getMetadata().getAnnotations().put(ReleaseLabels.ROLLBACK_TO, "9");

    Decision decision = decide(release, complete(1), null);

    assertThat(decision.status().getPhase()).isEqualTo(Phase.Succeeded);
    assertThat(decision.annotationsToRemove()).containsExactly(ReleaseLabels.ROLLBACK_TO);
    assertThat(decision.events()).singleElement()
        .satisfies(event -> assertThat(event.message()).contains("\"9\" names no stored revision"));
  }

  @Test
  void trimsHistoryAndDeletesItsControllerRevisions() {
    TestPodRelease release = succeeded();
    release.getSpec().getRollback().setRevisionHistoryLimit(1);
    release.getSpec().setImage(V2);
    stored.put(0L, snapshot("ghcr.io/acme/test-pod-app:0.9.0"));

    Decision decision = decide(release, complete(1), null);

    assertThat(decision.status().getRevision()).isEqualTo(2L);
    assertThat(decision.status().getHistory()).extracting(HistoryEntry::getRevision).containsExactly(2L);
    assertThat(decision.revisionsToDelete()).as("revision 1 is stable, so it stays").containsExactly(0L);
  }

  private Decision decide(TestPodRelease release, RolloutProgress rollout, ProbeRound round) {
    return decider.decide(new DecisionInput(release, List.of(), observed(rollout, round), NOW, IDLE));
  }

  private Decision decide(TestPodRelease release, RolloutProgress rollout) {
    return decide(release, rollout, null);
  }

  private ObservedState observed(RolloutProgress rollout, ProbeRound round) {
    return new ObservedState(stored, rollout, round);
  }

  private static TestPodRelease release(String image) {
    TestPodRelease release = new TestPodRelease();
    release.setMetadata(new ObjectMetaBuilder()
        .withName("app").withNamespace("preprod").withUid("uid-1").withGeneration(3L)
        .withAnnotations(new HashMap<>()).build());
    TestPodReleaseSpec spec = new TestPodReleaseSpec();
    spec.setImage(image);
    release.setSpec(spec);
    return release;
  }

  private TestPodRelease validating(String image, long revision, boolean rollback, int successes) {
    TestPodRelease release = release(image);
    TestPodReleaseStatus status = new TestPodReleaseStatus();
    status.setRevision(revision);
    status.setImage(image);
    status.setSpecHash(snapshot(image).hash());
    ValidationStatus validation = new ValidationStatus();
    validation.setRevision(revision);
    validation.setRollback(rollback);
    validation.setStartedAt("2026-12-04T09:59:00Z");
    validation.setDeadline("2026-12-04T10:04:00Z");
    validation.setConsecutiveSuccesses(successes);
    validation.setLastProbe(new ProbeResult("2026-12-04T09:59:50Z", "1 pod(s)", "passed"));
    status.setValidation(validation);
    status.setPhase(Phase.Validating);
    status.setHistory(new ArrayList<>(List.of(
        new HistoryEntry(revision, image, "2026-12-04T09:59:00Z", HistoryResult.Progressing, "spec changed"))));
    release.setStatus(status);
    stored.put(revision, snapshot(image));
    return release;
  }

  private TestPodRelease succeeded() {
    TestPodRelease release = validating(V1, 1, false, 3);
    Decision decision = decide(release, complete(1), round(true));
    TestPodReleaseStatus status = decision.status();
    status.getConditions().forEach(condition -> condition.setLastTransitionTime("2026-12-04T09:00:00Z"));
    return withStatus(release, status);
  }

  private TestPodRelease rolledBack() {
    TestPodRelease release = succeeded();
    release.getSpec().setImage(V2);
    TestPodReleaseStatus status = release.getStatus();
    status.setOutcome(Outcome.RolledBack);
    status.setPhase(Phase.RolledBack);
    status.setRejectedSpecHash(snapshot(V2).hash());
    status.getHistory().add(0, new HistoryEntry(2L, V2, "2026-12-04T09:50:00Z", HistoryResult.RolledBack, "pull"));
    stored.put(2L, snapshot(V2));
    return release;
  }

  private static TestPodRelease withStatus(TestPodRelease release, TestPodReleaseStatus status) {
    release.setStatus(status);
    return release;
  }

  private static Snapshot snapshot(String image) {
    return new Snapshot(image, List.of(), List.of(), null, 8080);
  }

  private static RolloutProgress complete(long revision) {
    return new RolloutProgress(revision, true, null, "1 of 1 new pod(s) ready", List.of());
  }

  private static RolloutProgress incomplete(long revision) {
    return new RolloutProgress(revision, false, null, "0 of 1 new pod(s) ready", List.of());
  }

  private static RolloutProgress failing(long revision, String reason) {
    return new RolloutProgress(revision, false, reason, "0 of 1 new pod(s) ready", List.of());
  }

  private static ProbeRound round(boolean passed) {
    return new ProbeRound(NOW, List.of(new PodProbeResult("app-1-a", passed, passed ? "HTTP 200" : "HTTP 503")));
  }

  private static ProbeRound unavailableRound() {
    return new ProbeRound(NOW, List.of(new PodProbeResult("app-1-a", false,
        "/q/health/ready returned HTTP 503 (checks DOWN: postgres, cassandra)", 503, List.of("postgres", "cassandra"))));
  }

  private static Condition condition(Decision decision, String type) {
    return decision.status().getConditions().stream().filter(condition -> type.equals(condition.getType()))
        .findFirst().orElseThrow();
  }
}
