package dev.testpod.operator.observe;

import io.fabric8.kubernetes.api.model.Pod;
import java.util.List;

/**
 * How far the Deployment got in rolling out one revision.
 *
 * @param revision the revision assessed
 * @param complete true when the Deployment observed its latest spec and every desired replica is
 *     updated, available and a ready pod of this revision, with no pod of another revision left
 * @param failFastReason the pod or Deployment state that makes the rollout fail at once, or null
 * @param description one clause on the progress, such as {@code 1 of 3 new pods ready}
 * @param newPods ready pods of the revision with an IP, the ones a probe round targets
 */
public record RolloutProgress(
    long revision, boolean complete, String failFastReason, String description, List<Pod> newPods) {

  public RolloutProgress {
    newPods = List.copyOf(newPods);
  }

  /** Progress of a revision the Deployment does not run yet. */
  public static RolloutProgress notStarted(long revision) {
    return new RolloutProgress(revision, false, null, "the Deployment does not run revision " + revision + " yet", List.of());
  }
}
