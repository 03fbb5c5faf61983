package dev.testpod.operator.support;

import dev.testpod.api.TestPodRelease;
import dev.testpod.operator.notification.OutcomeReport;
import dev.testpod.operator.notification.ReleaseNotifier;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every report handed to the notifier, in order. */
public final class RecordingNotifier implements ReleaseNotifier {

  private final List<OutcomeReport> reports = new CopyOnWriteArrayList<>();

  @Override
  public void notify(TestPodRelease release, OutcomeReport report) {
    reports.add(report);
  }

  public List<OutcomeReport> reportsFor(String namespace) {
    return reports.stream().filter(report -> report.namespace().equals(namespace)).toList();
  }
}
