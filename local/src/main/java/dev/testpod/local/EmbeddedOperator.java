package dev.testpod.local;

import dev.testpod.operator.OperatorSettings;
import dev.testpod.operator.TestPodOperator;
import java.time.Duration;

/** Runs the real TestPodRelease operator in this JVM, with server-side apply off because the mock API server rejects it. */
final class EmbeddedOperator {

  /** Requeue interval of releases that are not validating; short so local runs notice changes quickly. */
  private static final Duration REQUEUE_INTERVAL = Duration.ofSeconds(5);

  private EmbeddedOperator() {}

  static OperatorLauncher launcher() {
    return client -> {
      OperatorSettings settings = OperatorSettings.defaults()
          .withServerSideApply(false)
          .withRequeueInterval(REQUEUE_INTERVAL);
      TestPodOperator operator = TestPodOperator.start(client, settings);
      return operator::stop;
    };
  }
}
