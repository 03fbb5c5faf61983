package dev.testpod.app.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.storage.blob.BlobServiceClientBuilder;
import com.azure.storage.common.sas.AccountSasPermission;
import com.azure.storage.common.sas.AccountSasResourceType;
import com.azure.storage.common.sas.AccountSasService;
import com.azure.storage.common.sas.AccountSasSignatureValues;
import dev.testpod.app.checks.peers.AzuriteServer;
import dev.testpod.app.checks.peers.LoopbackPorts;
import dev.testpod.app.checks.peers.SilentListener;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BlobCheckTest {
  private static final long TIMEOUT_MS = 1500;
  private static final String CONTAINER = "checks";
  private static AzuriteServer server;

  @BeforeAll
  static void startServer() {
    server = AzuriteServer.start();
  }

  /** Azurite keeps data in memory, so a restarted server needs the container again. */
  @BeforeEach
  void createContainer() {
    new BlobServiceClientBuilder().connectionString(server.connectionString()).buildClient()
        .createBlobContainerIfNotExists(CONTAINER);
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  private static TestChecks.TimedResult run(Map<String, String> overrides) throws Exception {
    Map<String, String> properties = new HashMap<>(Map.of(
        "testpod.checks.blob.enabled", "true",
        "testpod.checks.blob.connection-string", server.connectionString(),
        "testpod.checks.blob.container", CONTAINER,
        "testpod.checks.blob.timeout", TIMEOUT_MS + "ms"));
    properties.putAll(overrides);
    try (TestChecks checks = TestChecks.of(properties)) {
      return checks.run("blob");
    }
  }

  private static String endpointOnPort(int port) {
    return "http://" + LoopbackPorts.HOST + ":" + port + "/" + AzuriteServer.ACCOUNT;
  }

  @Test
  void passesWithConnectionString() throws Exception {
    CheckResult result = run(Map.of("testpod.checks.blob.timeout", "20s")).result();

    assertThat(result.status()).as(result.toString()).isEqualTo(CheckStatus.PASSED);
    assertThat(result.details()).containsEntry("container", CONTAINER);
    assertThat(result.details()).containsEntry("blobsListed", 0);
    assertThat(result.details()).containsEntry("address", server.endpoint());
  }

  @Test
  void passesWithAccountNameKeyAndEndpoint() throws Exception {
    TestChecks.TimedResult run = run(Map.of(
        "testpod.checks.blob.connection-string", "",
        "testpod.checks.blob.account-name", AzuriteServer.ACCOUNT,
        "testpod.checks.blob.account-key", server.accountKey(),
        "testpod.checks.blob.endpoint", server.endpoint(),
        "testpod.checks.blob.timeout", "20s"));

    assertThat(run.result().status()).as(run.json()).isEqualTo(CheckStatus.PASSED);
    assertThat(run.json()).doesNotContain(server.accountKey());
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
      assertThat(run.json()).doesNotContain(server.accountKey());
    } finally {
      server.startServer();
    }
  }

  @Test
  void timesOutAgainstListenerThatNeverAnswers() throws Exception {
    try (SilentListener listener = new SilentListener()) {
      TestChecks.TimedResult run = run(Map.of("testpod.checks.blob.connection-string",
          server.connectionString().replace(server.endpoint(), endpointOnPort(listener.port()))));

      assertThat(run.result().status()).as(run.json()).isEqualTo(CheckStatus.FAILED);
      assertThat(run.result().details()).containsEntry("failure", "TIMED_OUT");
      assertThat(run.result().remediation()).startsWith("Timed out");
      assertThat(listener.acceptedConnections()).isPositive();
      assertThat(run.elapsedMs()).isBetween(TIMEOUT_MS - 50, TIMEOUT_MS + 100);
    }
  }

  @Test
  void reportsWrongAccountKeyWithoutEchoingIt() throws Exception {
    String wrongKey = Base64.getEncoder().encodeToString(
        ("wrong-key-" + server.accountKey()).getBytes());

    TestChecks.TimedResult run = run(Map.of("testpod.checks.blob.connection-string",
        server.connectionString(wrongKey), "testpod.checks.blob.timeout", "20s"));

    assertThat(run.result().status()).as(run.json()).isEqualTo(CheckStatus.FAILED);
    assertThat(run.result().details()).containsEntry("failure", "AUTHENTICATION_FAILED");
    assertThat(run.result().remediation()).startsWith("Authentication failed");
    assertThat(run.json()).doesNotContain(wrongKey).doesNotContain(server.accountKey());
  }

  @Test
  void reportsSasWithoutListPermission() throws Exception {
    String readOnlySas = new BlobServiceClientBuilder()
        .connectionString(server.connectionString()).buildClient()
        .generateAccountSas(new AccountSasSignatureValues(OffsetDateTime.now().plusHours(1),
            AccountSasPermission.parse("r"), AccountSasService.parse("b"),
            AccountSasResourceType.parse("sco")));

    TestChecks.TimedResult run = run(Map.of(
        "testpod.checks.blob.connection-string",
        "BlobEndpoint=" + server.endpoint() + ";SharedAccessSignature=" + readOnlySas,
        "testpod.checks.blob.timeout", "20s"));

    assertThat(run.result().status()).as(run.json()).isEqualTo(CheckStatus.FAILED);
    assertThat(run.result().details()).containsEntry("failure", "PERMISSION_DENIED");
    assertThat(run.result().remediation())
        .startsWith("Permission denied")
        .contains("container 'checks'");
    assertThat(run.json()).doesNotContain(readOnlySas);
  }

  @Test
  void reportsMissingContainer() throws Exception {
    TestChecks.TimedResult run = run(Map.of(
        "testpod.checks.blob.container", "absent", "testpod.checks.blob.timeout", "20s"));

    assertThat(run.result().status()).as(run.json()).isEqualTo(CheckStatus.FAILED);
    assertThat(run.result().details()).containsEntry("failure", "RESOURCE_MISSING");
    assertThat(run.result().remediation())
        .startsWith("The container is missing")
        .contains("'absent'", "testpod.checks.blob.container");
  }
}
