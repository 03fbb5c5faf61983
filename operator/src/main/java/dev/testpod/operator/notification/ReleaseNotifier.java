package dev.testpod.operator.notification;

import dev.testpod.api.TestPodRelease;

/**
 * Sends outcome notifications for a release. Implementations return at once and deliver in the
 * background, so a slow or dead receiver never delays a reconcile.
 */
public interface ReleaseNotifier {

  /** Queues delivery of {@code report} to every channel the release configures for its outcome. */
  void notify(TestPodRelease release, OutcomeReport report);

  /** A notifier that sends nothing. */
  ReleaseNotifier NONE = (release, report) -> {};
}
