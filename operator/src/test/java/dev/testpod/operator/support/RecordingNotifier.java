package dev.testpod.operator.support;

import dev.testpod.api.TestPodRelease;
import dev.testpod.operator.notification.OutcomeReport;
import dev.testpod.operator.notification.ReleaseNotifier;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records every report handed to the notifier, in order, and passes each on to the notifier set
 * with {@link #forwardTo}, so a test can put a real notifier behind the shared operator.
 */
public final class RecordingNotifier implements ReleaseNotifier {

  private final List<OutcomeReport> reports = new CopyOnWriteArrayList<>();
  private volatile ReleaseNotifier forward = ReleaseNotifier.NONE;

  @Override
  public void notify(TestPodRelease release, OutcomeReport report) {
    reports.add(report);
    forward.notify(release, report);
  }

  /** Passes later reports on to {@code next}; {@link ReleaseNotifier#NONE} stops passing them on. */
  public void forwardTo(ReleaseNotifier next) {
    forward = next;
  }

  public List<OutcomeReport> reportsFor(String namespace) {
    return reports.stream().filter(report -> report.namespace().equals(namespace)).toList();
  }
}
