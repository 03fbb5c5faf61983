package dev.testpod.local;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The replicas each ReplicaSet of a Deployment should have after one step of a rollout. */
record ScalePlan(Map<ReplicaSetView, Integer> replicas) {

  /**
   * Plans one rolling-update step. The new ReplicaSet scales up within maxSurge. Old ones scale down,
   * unhealthy pods first, only as far as maxUnavailable allows given the pods available now.
   */
  static ScalePlan rollingUpdate(ReplicaSetView newSet, List<ReplicaSetView> old, int desired, RolloutLimits limits) {
    Map<ReplicaSetView, Integer> replicas = new LinkedHashMap<>();
    List<ReplicaSetView> oldestFirst = old.stream().sorted(DeploymentController.OLDEST_FIRST).toList();
    oldestFirst.forEach(view -> replicas.put(view, view.desired()));
    int total = newSet.desired() + sum(old);
    int newReplicas = newSet.desired();
    if (newReplicas < desired) {
      int room = desired + limits.maxSurge() - total;
      newReplicas = Math.min(desired, newReplicas + Math.max(0, room));
    } else if (newReplicas > desired) {
      newReplicas = desired;
    }
    replicas.put(newSet, newReplicas);
    total = newReplicas + sum(old);

    int minAvailable = desired - limits.maxUnavailable();
    int newUnavailable = Math.max(0, newReplicas - newSet.available());
    int allowedDown = total - minAvailable - newUnavailable;
    for (ReplicaSetView view : oldestFirst) {
      int unhealthy = Math.max(0, view.desired() - view.available());
      int down = Math.min(Math.max(0, allowedDown), unhealthy);
      replicas.put(view, view.desired() - down);
      allowedDown -= down;
    }
    int available = newSet.available() + old.stream().mapToInt(ReplicaSetView::available).sum();
    int availableDown = available - minAvailable;
    for (ReplicaSetView view : oldestFirst) {
      int down = Math.min(Math.max(0, availableDown), replicas.get(view));
      replicas.put(view, replicas.get(view) - down);
      availableDown -= down;
    }
    return new ScalePlan(replicas);
  }

  /** Plans one Recreate step: old ReplicaSets go to zero, and the new one scales up once their pods are gone. */
  static ScalePlan recreate(ReplicaSetView newSet, List<ReplicaSetView> old, int desired) {
    Map<ReplicaSetView, Integer> replicas = new LinkedHashMap<>();
    old.forEach(view -> replicas.put(view, 0));
    boolean oldPodsGone = old.stream().allMatch(view -> view.podCount() == 0);
    replicas.put(newSet, oldPodsGone ? desired : newSet.desired());
    return new ScalePlan(replicas);
  }

  private static int sum(List<ReplicaSetView> views) {
    return views.stream().mapToInt(ReplicaSetView::desired).sum();
  }
}
