package dev.testpod.app.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testpod.app.checks.peers.LoopbackPorts;
import dev.testpod.app.checks.peers.S3ProxyServer;
import dev.testpod.app.checks.peers.SilentListener;
import io.minio.BucketExistsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class S3CheckTest {
  private static final long TIMEOUT_MS = 1500;
  private static final String BUCKET = "checks";
  private static S3ProxyServer server;

  @BeforeAll
  static void startServer() {
    server = S3ProxyServer.start();
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  /** S3Proxy keeps objects in memory, so a restarted server needs the bucket again. */
  @BeforeEach
  void createBucket() throws Exception {
    MinioClient client = MinioClient.builder().endpoint(server.endpoint())
        .credentials(server.accessKey(), server.secretKey()).build();
    if (!client.bucketExists(BucketExistsArgs.builder().bucket(BUCKET).build())) {
      client.makeBucket(MakeBucketArgs.builder().bucket(BUCKET).build());
    }
  }

  private static TestChecks.TimedResult run(Map<String, String> overrides) throws Exception {
    Map<String, String> properties = new HashMap<>(Map.of(
        "testpod.checks.s3.enabled", "true",
        "testpod.checks.s3.endpoint", server.endpoint(),
        "testpod.checks.s3.access-key", server.accessKey(),
        "testpod.checks.s3.secret-key", server.secretKey(),
        "testpod.checks.s3.bucket", BUCKET,
        "testpod.checks.s3.timeout", TIMEOUT_MS + "ms"));
    properties.putAll(overrides);
    try (TestChecks checks = TestChecks.of(properties)) {
      return checks.run("s3");
    }
  }

  @Test
  void passesAgainstRunningServer() throws Exception {
    TestChecks.TimedResult run = run(Map.of("testpod.checks.s3.timeout", "20s"));

    assertThat(run.result().status()).as(run.json()).isEqualTo(CheckStatus.PASSED);
    assertThat(run.result().details()).containsEntry("bucket", BUCKET);
    assertThat(run.result().details()).containsEntry("objectsListed", 0);
    assertThat(run.json()).doesNotContain(server.secretKey());
  }

  @Test
  void reportsConnectionRefusedWhenServerStopped() throws Exception {
    server.stop();
    try {
      TestChecks.TimedResult run = run(Map.of());

      assertThat(run.result().status()).as(run.json()).isEqualTo(CheckStatus.FAILED);
      assertThat(run.result().details()).containsEntry("failure", "CONNECTION_REFUSED");
      assertThat(run.result().remediation()).startsWith("Connection refused");
      assertThat(run.elapsedMs()).isLessThanOrEqualTo(TIMEOUT_MS + 100);
    } finally {
      server.startServer();
    }
  }

  @Test
  void timesOutAgainstListenerThatNeverAnswers() throws Exception {
    try (SilentListener listener = new SilentListener()) {
      TestChecks.TimedResult run = run(Map.of("testpod.checks.s3.endpoint",
          "http://" + LoopbackPorts.HOST + ":" + listener.port()));

      assertThat(run.result().status()).as(run.json()).isEqualTo(CheckStatus.FAILED);
      assertThat(run.result().details()).containsEntry("failure", "TIMED_OUT");
      assertThat(run.result().remediation()).startsWith("Timed out");
      assertThat(listener.acceptedConnections()).isPositive();
      assertThat(run.elapsedMs()).isBetween(TIMEOUT_MS - 50, TIMEOUT_MS + 100);
    }
  }

  @Test
  void reportsTlsFailureAgainstPlainHttpEndpoint() throws Exception {
    TestChecks.TimedResult run = run(Map.of(
        "testpod.checks.s3.endpoint", server.endpoint().replace("http://", "https://"),
        "testpod.checks.s3.timeout", "20s"));

    assertThat(run.result().status()).as(run.json()).isEqualTo(CheckStatus.FAILED);
    assertThat(run.result().details()).containsEntry("failure", "TLS_HANDSHAKE_FAILED");
    assertThat(run.result().remediation()).startsWith("TLS handshake failed");
  }

  @Test
  void reportsWrongSecretKeyWithoutEchoingIt() throws Exception {
    String wrongSecret = "wrong-" + server.secretKey();

    TestChecks.TimedResult run = run(Map.of(
        "testpod.checks.s3.secret-key", wrongSecret, "testpod.checks.s3.timeout", "20s"));

    assertThat(run.result().status()).as(run.json()).isEqualTo(CheckStatus.FAILED);
    assertThat(run.result().details()).containsEntry("failure", "AUTHENTICATION_FAILED");
    assertThat(run.result().remediation()).startsWith("Authentication failed");
    assertThat(run.json()).doesNotContain(wrongSecret).doesNotContain(server.secretKey());
  }

  @Test
  void reportsMissingBucket() throws Exception {
    TestChecks.TimedResult run = run(Map.of(
        "testpod.checks.s3.bucket", "absent", "testpod.checks.s3.timeout", "20s"));

    assertThat(run.result().status()).as(run.json()).isEqualTo(CheckStatus.FAILED);
    assertThat(run.result().details()).containsEntry("failure", "RESOURCE_MISSING");
    assertThat(run.result().remediation())
        .startsWith("The bucket is missing")
        .contains("'absent'", "testpod.checks.s3.bucket");
  }
}
