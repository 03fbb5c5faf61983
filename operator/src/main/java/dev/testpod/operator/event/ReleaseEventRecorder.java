package dev.testpod.operator.event;

import dev.testpod.api.EventReason;
import dev.testpod.api.TestPodRelease;

/**
 * Emits Kubernetes Events on a release. Repeats of one reason on one release update a single Event
 * (its count is bumped), so a long failure never floods the namespace. Never throws: a failed
 * emission is logged and dropped.
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
