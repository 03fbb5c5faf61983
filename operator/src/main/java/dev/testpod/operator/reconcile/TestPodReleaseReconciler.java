package dev.testpod.operator.reconcile;

import dev.testpod.api.Phase;
import dev.testpod.api.TestPodRelease;
import dev.testpod.operator.decide.Decision;
import dev.testpod.operator.decide.DecisionInput;
import dev.testpod.operator.decide.ReleaseDecider;
import dev.testpod.operator.decide.ReleaseEvent;
import dev.testpod.operator.decide.Workload;
import dev.testpod.operator.event.ReleaseEventRecorder;
import dev.testpod.operator.notification.ReleaseNotifier;
import dev.testpod.operator.observe.ClusterObserver;
import dev.testpod.operator.observe.ObservedState;
import dev.testpod.operator.revision.RevisionStore;
import dev.testpod.operator.spec.GoDuration;
import dev.testpod.operator.spec.SpecValidator;
import dev.testpod.operator.spec.SpecViolation;
import dev.testpod.operator.status.StatusWriter;
import dev.testpod.operator.workload.WorkloadApplier;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reconciles a TestPodRelease as a fixed pipeline: observe, validate the spec, decide, act, write
 * status, then emit Events, consume one-shot annotations and notify. Each reconcile starts from a
 * fresh read of the release, because the informer cache can lag behind the operator's own status
 * writes and a decision on a stale status would repeat a transition.
 */
public final class TestPodReleaseReconciler implements Reconciler<TestPodRelease> {

  private static final Logger LOG = LoggerFactory.getLogger(TestPodReleaseReconciler.class);
  private static final Duration STALE_DECISION_RETRY = Duration.ofSeconds(1);

  private final ClusterObserver observer;
  private final SpecValidator validator;
  private final ReleaseDecider decider = new ReleaseDecider();
  private final WorkloadApplier workloads;
  private final RevisionStore revisions;
  private final StatusWriter statusWriter;
  private final ReleaseEventRecorder events;
  private final AnnotationRemover annotations;
  private final ReleaseNotifier notifier;
  private final Clock clock;
  private final Duration idleRequeue;
  private final KubernetesClient client;

  public TestPodReleaseReconciler(ReconcilerParts parts) {
    this.observer = parts.observer();
    this.validator = parts.validator();
    this.workloads = parts.workloads();
    this.revisions = parts.revisions();
    this.statusWriter = parts.statusWriter();
    this.events = parts.events();
    this.annotations = parts.annotations();
    this.notifier = parts.notifier();
    this.clock = parts.clock();
    this.idleRequeue = parts.idleRequeue();
    this.client = parts.client();
  }

  @Override
  public List<EventSource<?, TestPodRelease>> prepareEventSources(EventSourceContext<TestPodRelease> context) {
    return SecondaryEventSources.of(context);
  }

  @Override
  public UpdateControl<TestPodRelease> reconcile(TestPodRelease cached, Context<TestPodRelease> context) {
    TestPodRelease release = client.resource(cached).get();
    if (release == null) {
      return UpdateControl.noUpdate();
    }
    Instant now = clock.instant();
    ObservedState observed = observer.observe(release, now);
    List<SpecViolation> violations = validator.validate(release.getMetadata().getNamespace(), release.getSpec());
    Decision decision = decider.decide(new DecisionInput(release, violations, observed, now, idleRequeue));
    act(release, decision);
    if (!statusWriter.write(release, decision.status())) {
      return UpdateControl.<TestPodRelease>noUpdate().rescheduleAfter(STALE_DECISION_RETRY);
    }
    report(release, decision);
    return UpdateControl.<TestPodRelease>noUpdate().rescheduleAfter(decision.requeueAfter());
  }

  private void act(TestPodRelease release, Decision decision) {
    if (decision.newSnapshot() != null) {
      revisions.create(release, decision.status().getRevision(), decision.newSnapshot());
    }
    Workload workload = decision.workload();
    if (workload != null) {
      Duration timeout = GoDuration.parse(release.getSpec().getHealthCheck() == null
          ? null : release.getSpec().getHealthCheck().getTimeout()).orElse(Duration.ofMinutes(5));
      workloads.apply(release, workload, timeout);
    }
    decision.revisionsToDelete().forEach(revision -> revisions.delete(release, revision));
  }

  private void report(TestPodRelease release, Decision decision) {
    Phase before = release.getStatus() == null ? null : release.getStatus().getPhase();
    Phase after = decision.status().getPhase();
    if (!Objects.equals(before, after)) {
      LOG.info("Phase {} -> {}: {}", before, after, decision.status().getMessage());
    }
    for (ReleaseEvent event : decision.events()) {
      events.record(release, event.reason(), event.warning(), event.message());
    }
    annotations.remove(release, decision.annotationsToRemove());
    if (decision.outcome() != null) {
      LOG.info("Outcome {} for revision {}", decision.outcome().outcome(), decision.outcome().toRevision());
      notifySafely(release, decision);
    }
  }

  private void notifySafely(TestPodRelease release, Decision decision) {
    try {
      notifier.notify(release, decision.outcome());
    } catch (RuntimeException e) {
      LOG.warn("Notifier failed for outcome {}; the reconcile goes on", decision.outcome().transitionKey(), e);
    }
  }
}
