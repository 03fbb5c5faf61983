package dev.testpod.operator.event;

import dev.testpod.api.EventReason;
import dev.testpod.api.TestPodRelease;

/**
 * Emits Kubernetes Events on a release. Repeats of one reason on one release update a single Event
 * and bump its count, so a long failure adds no Event objects. Implementations log and drop a failed
 * emission instead of throwing, because an Event is never worth failing a reconcile.
 */
public interface ReleaseEventRecorder {

  void record(TestPodRelease release, EventReason reason, boolean warning, String message);

  default void normal(TestPodRelease release, EventReason reason, String message) {
    record(release, reason, false, message);
  }

  default void warning(TestPodRelease release, EventReason reason, String message) {
    record(release, reason, true, message);
  }
}
