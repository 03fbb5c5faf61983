package dev.testpod.operator.notification;

import dev.testpod.api.Outcome;
import java.time.Duration;
import java.time.Instant;

/**
 * Content of the notification about one outcome transition of a release.
 *
 * @param transitionKey identifies the transition across operator restarts, so a delivered
 *     notification is not sent again; the same transition always yields the same key
 * @param fromImage image that ran before the transition; for {@link Outcome#RolledBack} the
 *     image that failed validation
 * @param toImage image that runs after the transition; for {@link Outcome#RolledBack} the
 *     restored stable image
 * @param failureReason why validation failed, naming the pod and container state; null on success
 * @param timeToDetect from rollout start to the failure decision; null on success
 * @param timeToRollback from the failure decision to the rolled-back revision passing
 *     validation; null unless the outcome is {@link Outcome#RolledBack}
 * @param podFailure structured state of the pod that failed validation; null on success or when
 *     the failure concerns no single pod, such as a deadline with no pods scheduled
 */
public record OutcomeReport(
    String namespace,
    String releaseName,
    Outcome outcome,
    String transitionKey,
    String fromImage,
    String toImage,
    Long fromRevision,
    Long toRevision,
    String failureReason,
    Duration timeToDetect,
    Duration timeToRollback,
    Instant time,
    PodFailure podFailure) {

  /** Creates a report without structured pod state. */
  public OutcomeReport(
      String namespace,
      String releaseName,
      Outcome outcome,
      String transitionKey,
      String fromImage,
      String toImage,
      Long fromRevision,
      Long toRevision,
      String failureReason,
      Duration timeToDetect,
      Duration timeToRollback,
      Instant time) {
    this(
        namespace,
        releaseName,
        outcome,
        transitionKey,
        fromImage,
        toImage,
        fromRevision,
        toRevision,
        failureReason,
        timeToDetect,
        timeToRollback,
        time,
        null);
  }

  /** Returns a copy of this report carrying {@code failure} as its structured pod state. */
  public OutcomeReport withPodFailure(PodFailure failure) {
    return new OutcomeReport(
        namespace,
        releaseName,
        outcome,
        transitionKey,
        fromImage,
        toImage,
        fromRevision,
        toRevision,
        failureReason,
        timeToDetect,
        timeToRollback,
        time,
        failure);
  }
}
