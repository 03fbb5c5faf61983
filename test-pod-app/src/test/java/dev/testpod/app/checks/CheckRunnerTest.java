package dev.testpod.app.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class CheckRunnerTest {
  private final CheckRunner runner = new CheckRunner(new SecretRedactor(List.of("hunter2")));

  private static FakeCheck failingWith(Throwable error) {
    return new FakeCheck(Duration.ofSeconds(2), Duration.ZERO,
        () -> CompletableFuture.failedFuture(error));
  }

  @Test
  void passedResultCarriesDetailsAndLatency() {
    CheckResult result = runner.run(FakeCheck.answering(Map.of("version", "1.2"))).join();

    assertThat(result.status()).isEqualTo(CheckStatus.PASSED);
    assertThat(result.remediation()).isNull();
    assertThat(result.details()).containsEntry("version", "1.2");
    assertThat(result.details()).containsEntry("address", "127.0.0.1:1");
    assertThat(result.details()).containsKey("latencyMs");
  }

  @Test
  void hungProbeTimesOutAtTimeout() {
    FakeCheck check = new FakeCheck(Duration.ofMillis(300), Duration.ZERO,
        CompletableFuture::new);

    long startedAt = System.nanoTime();
    CheckResult result = runner.run(check).join();
    long elapsedMs = (System.nanoTime() - startedAt) / 1_000_000;

    assertThat(result.details()).containsEntry("failure", "TIMED_OUT");
    assertThat(result.message()).contains("did not respond within 300 ms");
    assertThat(elapsedMs).isBetween(290L, 400L);
  }

  @Test
  void unknownHostIsDnsFailure() {
    CheckResult result = runner.run(failingWith(
        new IllegalStateException("wrapped", new UnknownHostException("db.example")))).join();

    assertThat(result.details()).containsEntry("failure", "DNS_NAME_NOT_FOUND");
    assertThat(result.remediation()).startsWith("DNS name not found");
  }

  @Test
  void handshakeFailureIsTlsFailure() {
    CheckResult result =
        runner.run(failingWith(new SSLHandshakeException("PKIX path building failed"))).join();

    assertThat(result.details()).containsEntry("failure", "TLS_HANDSHAKE_FAILED");
    assertThat(result.remediation()).startsWith("TLS handshake failed");
  }

  @Test
  void checkFailureKeepsItsKind() {
    CheckResult result = runner.run(failingWith(
        new CheckFailure(FailureKind.PERMISSION_DENIED, "no read access"))).join();

    assertThat(result.details()).containsEntry("failure", "PERMISSION_DENIED");
    assertThat(result.remediation())
        .isEqualTo("Permission denied: grant the configured account read access to bucket 'things'.");
  }

  @Test
  void unrecognisedErrorIsUnexpectedWithRedactedCause() {
    CheckResult result = runner.run(failingWith(
        new IllegalArgumentException("login with password=hunter2 failed"))).join();

    assertThat(result.details()).containsEntry("failure", "UNEXPECTED");
    assertThat(result.message()).contains("password=****").doesNotContain("hunter2");
  }
}
