package dev.testpod.operator.notification;

import org.slf4j.MDC;

/**
 * Puts the release's name and namespace into the logging context under the keys that
 * java-operator-sdk uses on its reconcile threads, for work on the notifier's own threads.
 */
final class ReleaseMdc implements AutoCloseable {

  private static final String NAME = "resource.name";
  private static final String NAMESPACE = "resource.namespace";

  private ReleaseMdc(OutcomeReport report) {
    MDC.put(NAME, report.releaseName());
    MDC.put(NAMESPACE, report.namespace());
  }

  static ReleaseMdc of(OutcomeReport report) {
    return new ReleaseMdc(report);
  }

  @Override
  public void close() {
    MDC.remove(NAME);
    MDC.remove(NAMESPACE);
  }
}
