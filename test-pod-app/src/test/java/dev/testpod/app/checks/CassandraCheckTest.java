package dev.testpod.app.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testpod.app.checks.peers.CassandraServer;
import dev.testpod.app.checks.peers.LoopbackPorts;
import dev.testpod.app.checks.peers.SilentListener;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CassandraCheckTest {
  private static final long TIMEOUT_MS = 2000;
  // A new driver session per run takes longer than a PostgreSQL connection, above all when cold.
  private static final String GENEROUS_TIMEOUT = "30s";
  private static CassandraServer server;

  @BeforeAll
  static void startServer() {
    server = CassandraServer.shared();
  }

  private static TestChecks.TimedResult run(Map<String, String> overrides) throws Exception {
    Map<String, String> properties = new HashMap<>(Map.of(
        "testpod.checks.cassandra.enabled", "true",
        "testpod.checks.cassandra.contact-points", server.contactPoint(),
        "testpod.checks.cassandra.local-datacenter", CassandraServer.DATACENTER,
        "testpod.checks.cassandra.keyspace", CassandraServer.KEYSPACE,
        "testpod.checks.cassandra.username", CassandraServer.USER,
        "testpod.checks.cassandra.password", CassandraServer.PASSWORD,
        "testpod.checks.cassandra.timeout", TIMEOUT_MS + "ms"));
    properties.putAll(overrides);
    try (TestChecks checks = TestChecks.of(properties)) {
      return checks.run("cassandra");
    }
  }

  @Test
  void passesAgainstRunningNode() throws Exception {
    TestChecks.TimedResult run =
        run(Map.of("testpod.checks.cassandra.timeout", GENEROUS_TIMEOUT));

    assertThat(run.result().status()).as(run.json()).isEqualTo(CheckStatus.PASSED);
    assertThat(run.result().details()).containsEntry("releaseVersion", "5.0.9");
    assertThat(run.result().details()).containsEntry("datacenter", CassandraServer.DATACENTER);
    assertThat(run.result().details()).containsEntry("keyspace", CassandraServer.KEYSPACE);
  }

  /** Nothing listens on a port freed a moment ago: the same refusal as from a stopped node. */
  @Test
  void reportsConnectionRefusedWhenNothingListens() throws Exception {
    TestChecks.TimedResult run = run(Map.of("testpod.checks.cassandra.contact-points",
        LoopbackPorts.HOST + ":" + LoopbackPorts.free()));

    assertThat(run.result().status()).as(run.json()).isEqualTo(CheckStatus.FAILED);
    assertThat(run.result().details()).containsEntry("failure", "CONNECTION_REFUSED");
    assertThat(run.result().remediation()).startsWith("Connection refused");
    assertThat(run.elapsedMs()).isLessThanOrEqualTo(TIMEOUT_MS + 100);
  }

  @Test
  void timesOutAgainstListenerThatNeverAnswers() throws Exception {
    try (SilentListener listener = new SilentListener()) {
      TestChecks.TimedResult run = run(Map.of("testpod.checks.cassandra.contact-points",
          LoopbackPorts.HOST + ":" + listener.port()));

      assertThat(run.result().status()).as(run.json()).isEqualTo(CheckStatus.FAILED);
      assertThat(run.result().details()).containsEntry("failure", "TIMED_OUT");
      assertThat(run.result().remediation()).startsWith("Timed out");
      assertThat(listener.acceptedConnections()).isPositive();
      assertThat(run.elapsedMs()).isBetween(TIMEOUT_MS - 50, TIMEOUT_MS + 100);
    }
  }

  @Test
  void reportsWrongPasswordWithoutEchoingIt() throws Exception {
    String wrongPassword = "wrong-password-for-cassandra";

    TestChecks.TimedResult run = run(Map.of(
        "testpod.checks.cassandra.password", wrongPassword,
        "testpod.checks.cassandra.timeout", GENEROUS_TIMEOUT));

    assertThat(run.result().status()).as(run.json()).isEqualTo(CheckStatus.FAILED);
    assertThat(run.result().details()).containsEntry("failure", "AUTHENTICATION_FAILED");
    assertThat(run.result().remediation()).startsWith("Authentication failed");
    assertThat(run.json()).doesNotContain(wrongPassword);
  }

  @Test
  void reportsMissingKeyspace() throws Exception {
    TestChecks.TimedResult run = run(Map.of(
        "testpod.checks.cassandra.keyspace", "absent",
        "testpod.checks.cassandra.timeout", GENEROUS_TIMEOUT));

    assertThat(run.result().status()).as(run.json()).isEqualTo(CheckStatus.FAILED);
    assertThat(run.result().details()).containsEntry("failure", "RESOURCE_MISSING");
    assertThat(run.result().remediation())
        .startsWith("The keyspace is missing")
        .contains("'absent'", "testpod.checks.cassandra.keyspace");
  }
}
