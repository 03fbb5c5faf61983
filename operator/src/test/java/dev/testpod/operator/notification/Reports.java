package dev.testpod.operator.notification;

import dev.testpod.api.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Outcome reports as the reconciler builds them, for release {@code test-pod}. */
final class Reports {

  static final Instant TIME = Instant.parse("2026-12-04T20:00:00Z");

  private Reports() {}

  /** Revision 4 crashed and revision 3 was restored. */
  static OutcomeReport rolledBack(String namespace) {
    return new OutcomeReport(namespace, "test-pod", Outcome.RolledBack, "rev-4-RolledBack",
        "ghcr.io/acme/test-pod-app:1.4.2", "ghcr.io/acme/test-pod-app:1.4.1", 4L, 3L,
        "Pod test-pod-4-abcde is in CrashLoopBackOff",
        Duration.ofSeconds(72), Duration.ofSeconds(95), TIME)
        .withPodFailure(new PodFailure("test-pod-4-abcde", "app", "CrashLoopBackOff", 5, 1, List.of()));
  }

  /** Revision 4 passed validation. */
  static OutcomeReport succeeded(String namespace) {
    return new OutcomeReport(namespace, "test-pod", Outcome.Succeeded, "rev-4-Succeeded",
        "ghcr.io/acme/test-pod-app:1.4.1", "ghcr.io/acme/test-pod-app:1.4.2", 3L, 4L,
        null, null, null, TIME);
  }

  /** Revision 5 stayed unready and no automatic rollback was allowed. */
  static OutcomeReport failed(String namespace) {
    return new OutcomeReport(namespace, "test-pod", Outcome.Failed, "rev-5-Failed",
        "ghcr.io/acme/test-pod-app:1.4.2", "ghcr.io/acme/test-pod-app:1.4.3", 4L, 5L,
        "Pod test-pod-5-fghij answered /q/health/ready with HTTP 503",
        Duration.ofMinutes(5), null, TIME)
        .withPodFailure(new PodFailure("test-pod-5-fghij", "app", "HTTP 503", 0, null,
            List.of("postgres", "s3")));
  }
}
