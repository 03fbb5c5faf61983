package dev.testpod.bench;

import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Empties the mock server's queue of recorded requests twice a second. fabric8's MockWebServer keeps
 * every request with its body for {@code takeRequest()}; over a run of 1,000 releases that queue grew
 * past 100,000 requests and most of the heap, which would be charged to the operator.
 */
final class RecordedRequestDrain implements AutoCloseable {

  private final ScheduledExecutorService drainer = Executors.newSingleThreadScheduledExecutor();

  RecordedRequestDrain(KubernetesMockServer server) {
    drainer.scheduleWithFixedDelay(() -> drain(server), 500, 500, TimeUnit.MILLISECONDS);
  }

  private static void drain(KubernetesMockServer server) {
    try {
      while (server.takeRequest(1, TimeUnit.MILLISECONDS) != null) {
        // Each call removes one recorded request; nothing else is needed.
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    drainer.shutdownNow();
  }
}
