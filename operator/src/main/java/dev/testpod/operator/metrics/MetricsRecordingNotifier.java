package dev.testpod.operator.metrics;

import dev.testpod.api.TestPodRelease;
import dev.testpod.operator.notification.OutcomeReport;
import dev.testpod.operator.notification.ReleaseNotifier;

/** Records each outcome transition in {@link ReleaseMetrics}, then hands it to the real notifier. */
final class MetricsRecordingNotifier implements ReleaseNotifier {

  private final ReleaseMetrics metrics;
  private final ReleaseNotifier delegate;

  MetricsRecordingNotifier(ReleaseMetrics metrics, ReleaseNotifier delegate) {
    this.metrics = metrics;
    this.delegate = delegate;
  }

  @Override
  public void notify(TestPodRelease release, OutcomeReport report) {
    metrics.record(report);
    delegate.notify(release, report);
  }
}
