package dev.testpod.local;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.RollingUpdateDeployment;

/**
 * maxSurge and maxUnavailable of a rolling update resolved to pod counts: percentages of the desired
 * replicas, surge rounded up and unavailable rounded down, 25% each by default, as Kubernetes does.
 */
record RolloutLimits(int maxSurge, int maxUnavailable) {

  private static final String DEFAULT_PERCENT = "25%";

  static RolloutLimits of(Deployment deployment, int desired) {
    RollingUpdateDeployment rollingUpdate = deployment.getSpec().getStrategy() == null
        ? null : deployment.getSpec().getStrategy().getRollingUpdate();
    IntOrString surge = rollingUpdate == null ? null : rollingUpdate.getMaxSurge();
    IntOrString unavailable = rollingUpdate == null ? null : rollingUpdate.getMaxUnavailable();
    int maxSurge = resolve(surge, desired, true);
    int maxUnavailable = resolve(unavailable, desired, false);
    if (maxSurge == 0 && maxUnavailable == 0) {
      maxUnavailable = 1;
    }
    return new RolloutLimits(maxSurge, maxUnavailable);
  }

  static int resolve(IntOrString value, int desired, boolean roundUp) {
    if (value != null && value.getIntVal() != null) {
      return value.getIntVal();
    }
    String text = value == null || value.getStrVal() == null ? DEFAULT_PERCENT : value.getStrVal();
    if (!text.endsWith("%")) {
      return Integer.parseInt(text);
    }
    double share = Integer.parseInt(text.substring(0, text.length() - 1)) * desired / 100.0;
    return (int) (roundUp ? Math.ceil(share) : Math.floor(share));
  }
}
