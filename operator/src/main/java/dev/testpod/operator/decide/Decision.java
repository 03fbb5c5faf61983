package dev.testpod.operator.decide;

import dev.testpod.api.TestPodReleaseStatus;
import dev.testpod.operator.notification.OutcomeReport;
import dev.testpod.operator.revision.Snapshot;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The actions of one reconcile, computed without touching the cluster.
 *
 * @param status the status to write
 * @param workload what the Deployment must run, or null to leave the Deployment and Service untouched
 * @param newSnapshot a snapshot to store as the ControllerRevision of {@code status.revision}, or null
 * @param revisionsToDelete revisions whose ControllerRevisions fell out of the history
 * @param events Events to emit after the status is written
 * @param outcome the notification of an outcome transition, or null
 * @param annotationsToRemove one-shot annotations consumed by this decision
 * @param requeueAfter when to reconcile again without a triggering event
 */
public record Decision(
    TestPodReleaseStatus status,
    Workload workload,
    Snapshot newSnapshot,
    Set<Long> revisionsToDelete,
    List<ReleaseEvent> events,
    OutcomeReport outcome,
    Set<String> annotationsToRemove,
    Duration requeueAfter) {

  public Decision {
    revisionsToDelete = Set.copyOf(revisionsToDelete);
    events = List.copyOf(events);
    annotationsToRemove = Set.copyOf(annotationsToRemove);
  }
}
