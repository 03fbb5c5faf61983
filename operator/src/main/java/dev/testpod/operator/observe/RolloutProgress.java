package dev.testpod.operator.observe;

import dev.testpod.operator.notification.PodFailure;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.List;

/**
 * How far the Deployment got in rolling out one revision.
 *
 * @param revision the revision assessed
 * @param complete true when the Deployment observed its latest spec and every desired replica is
 *     updated, available and a ready pod of this revision, with no pod of another revision left
 * @param failFastReason the pod or Deployment state that makes the rollout fail at once, or null
 * @param failFastPod the same state as structured data, or null when there is none. It is also null
 *     when the Deployment reports ProgressDeadlineExceeded while no pod of the revision exists.
 * @param description one clause on the progress, such as {@code 1 of 3 new pods ready}
 * @param newPods ready pods of the revision with an IP, the ones a probe round targets
 * @param unreadyPods running pods of the revision with an IP that are not ready; probing them tells
 *     why they are not
 */
public record RolloutProgress(
    long revision,
    boolean complete,
    String failFastReason,
    PodFailure failFastPod,
    String description,
    List<Pod> newPods,
    List<Pod> unreadyPods) {

  public RolloutProgress {
    newPods = List.copyOf(newPods);
    unreadyPods = List.copyOf(unreadyPods);
  }

  /** Progress without structured fail-fast state or unready pods. */
  public RolloutProgress(long revision, boolean complete, String failFastReason, String description, List<Pod> newPods) {
    this(revision, complete, failFastReason, null, description, newPods, List.of());
  }

  /** Progress of a revision the Deployment does not run yet. */
  public static RolloutProgress notStarted(long revision) {
    return new RolloutProgress(revision, false, null, "the Deployment does not run revision " + revision + " yet", List.of());
  }
}
