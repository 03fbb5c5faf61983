package dev.testpod.operator.decide;

import dev.testpod.api.EventReason;

/** A Kubernetes Event that the decision requests, emitted once per transition. */
public record ReleaseEvent(EventReason reason, boolean warning, String message) {

  static ReleaseEvent normal(EventReason reason, String message) {
    return new ReleaseEvent(reason, false, message);
  }

  static ReleaseEvent warning(EventReason reason, String message) {
    return new ReleaseEvent(reason, true, message);
  }
}
