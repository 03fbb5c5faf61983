package dev.testpod.operator.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;

class KubernetesEventRecorderTest {

  @Test
  void interruptedRequestCountsAsShutdown() {
    var error = new KubernetesClientException("request interrupted", new InterruptedIOException("interrupted"));

    assertThat(KubernetesEventRecorder.interruptedByShutdown(error)).isTrue();
  }

  @Test
  void timeoutIsNotMistakenForShutdown() {
    var error = new KubernetesClientException("request timed out", new SocketTimeoutException("read timed out"));

    assertThat(KubernetesEventRecorder.interruptedByShutdown(error)).isFalse();
  }

  @Test
  void rejectedRequestIsNotShutdown() {
    var error = new KubernetesClientException("Forbidden");

    assertThat(KubernetesEventRecorder.interruptedByShutdown(error)).isFalse();
  }
}
