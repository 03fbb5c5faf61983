package dev.testpod.operator.notification;

import dev.testpod.api.Outcome;
import java.time.Duration;
import java.time.Instant;

/**
 * What a notification says about one outcome transition of a release.
 *
 * @param transitionKey identifies the transition across operator restarts, so a delivered
 *     notification is not sent again; the same transition always yields the same key
 * @param failureReason why validation failed, naming the pod and container state; null on success
 * @param timeToDetect from rollout start to the failure decision; null on success
 * @param timeToRollback from the failure decision to the rolled-back revision passing
 *     validation; null unless the outcome is {@link Outcome#RolledBack}
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
    Instant time) {}
