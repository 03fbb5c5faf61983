package dev.testpod.app.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testpod.app.checks.peers.PostgresServer;
import dev.testpod.app.checks.peers.SilentListener;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PostgresCheckTest {
  private static final long TIMEOUT_MS = 1500;
  // The first connection of a JVM loads many classes, so a passing run gets more time.
  private static final Map<String, String> GENEROUS_TIMEOUT =
      Map.of("testpod.checks.postgres.timeout", "20s");
  private static PostgresServer server;

  @BeforeAll
  static void startServer() {
    server = PostgresServer.start();
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  private static Map<String, String> settings(Map<String, String> overrides) {
    Map<String, String> properties = new HashMap<>(Map.of(
        "testpod.checks.postgres.enabled", "true",
        "testpod.checks.postgres.host", server.host(),
        "testpod.checks.postgres.port", String.valueOf(server.port()),
        "testpod.checks.postgres.database", PostgresServer.DATABASE,
        "testpod.checks.postgres.username", PostgresServer.USER,
        "testpod.checks.postgres.password", server.password(),
        "testpod.checks.postgres.timeout", TIMEOUT_MS + "ms"));
    properties.putAll(overrides);
    return properties;
  }

  private static TestChecks.TimedResult run(Map<String, String> overrides) throws Exception {
    try (TestChecks checks = TestChecks.of(settings(overrides))) {
      return checks.run("postgres");
    }
  }

  @Test
  void passesAgainstRunningServer() throws Exception {
    CheckResult result = run(GENEROUS_TIMEOUT).result();

    assertThat(result.status()).as(result.toString()).isEqualTo(CheckStatus.PASSED);
    assertThat(result.remediation()).isNull();
    assertThat(result.details()).containsEntry("database", PostgresServer.DATABASE);
    assertThat((String) result.details().get("serverVersion")).startsWith("15.");
    assertThat(result.details()).containsKey("latencyMs");
  }

  @Test
  void reportsConnectionRefusedWhenServerStopped() throws Exception {
    server.stop();
    try {
      TestChecks.TimedResult run = run(Map.of());

      assertThat(run.result().status()).as(run.result().toString()).isEqualTo(CheckStatus.FAILED);
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
      TestChecks.TimedResult run =
          run(Map.of("testpod.checks.postgres.port", String.valueOf(listener.port())));

      assertThat(run.result().status()).as(run.result().toString()).isEqualTo(CheckStatus.FAILED);
      assertThat(run.result().details()).containsEntry("failure", "TIMED_OUT");
      assertThat(run.result().remediation()).startsWith("Timed out");
      assertThat(listener.acceptedConnections()).isPositive();
      assertThat(run.elapsedMs()).isBetween(TIMEOUT_MS - 50, TIMEOUT_MS + 100);
    }
  }

  @Test
  void reportsWrongPasswordWithoutEchoingIt() throws Exception {
    String wrongPassword = "wrong-" + server.password();

    TestChecks.TimedResult run = run(Map.of("testpod.checks.postgres.password", wrongPassword));

    assertThat(run.result().status()).as(run.result().toString()).isEqualTo(CheckStatus.FAILED);
    assertThat(run.result().details()).containsEntry("failure", "AUTHENTICATION_FAILED");
    assertThat(run.result().remediation()).startsWith("Authentication failed");
    assertThat(run.json()).doesNotContain(wrongPassword).doesNotContain(server.password());
  }

  @Test
  void reportsRoleWithoutConnectPrivilege() throws Exception {
    server.createRoleWithoutConnect("outsider", "outsider-password");

    TestChecks.TimedResult run = run(Map.of(
        "testpod.checks.postgres.username", "outsider",
        "testpod.checks.postgres.password", "outsider-password"));

    assertThat(run.result().status()).as(run.json()).isEqualTo(CheckStatus.FAILED);
    assertThat(run.result().details()).containsEntry("failure", "PERMISSION_DENIED");
    assertThat(run.result().remediation())
        .startsWith("Permission denied")
        .contains("database 'checks'");
    assertThat(run.json()).doesNotContain("outsider-password");
  }

  @Test
  void reportsMissingDatabase() throws Exception {
    TestChecks.TimedResult run = run(Map.of("testpod.checks.postgres.database", "absent"));

    assertThat(run.result().status()).as(run.result().toString()).isEqualTo(CheckStatus.FAILED);
    assertThat(run.result().details()).containsEntry("failure", "RESOURCE_MISSING");
    assertThat(run.result().remediation())
        .startsWith("The database is missing")
        .contains("'absent'", "testpod.checks.postgres.database");
  }
}
