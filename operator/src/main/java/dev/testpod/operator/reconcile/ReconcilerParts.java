package dev.testpod.operator.reconcile;

import dev.testpod.operator.event.ReleaseEventRecorder;
import dev.testpod.operator.notification.ReleaseNotifier;
import dev.testpod.operator.observe.ClusterObserver;
import dev.testpod.operator.revision.RevisionStore;
import dev.testpod.operator.spec.SpecValidator;
import dev.testpod.operator.status.StatusWriter;
import dev.testpod.operator.workload.WorkloadApplier;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Clock;
import java.time.Duration;

/** The collaborators of the reconciler, one per pipeline step. */
public record ReconcilerParts(
    KubernetesClient client,
    ClusterObserver observer,
    SpecValidator validator,
    WorkloadApplier workloads,
    RevisionStore revisions,
    StatusWriter statusWriter,
    ReleaseEventRecorder events,
    AnnotationRemover annotations,
    ReleaseNotifier notifier,
    Clock clock,
    Duration idleRequeue) {}
