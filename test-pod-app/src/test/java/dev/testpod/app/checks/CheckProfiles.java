package dev.testpod.app.checks;

import dev.testpod.app.checks.peers.CheckPeers;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** App configurations for the Quarkus tests of the checks. */
final class CheckProfiles {
  static final long TIMEOUT_MS = 2000;

  private CheckProfiles() {}

  private static Map<String, String> withTokens(Map<String, String> settings) {
    Map<String, String> overrides = new HashMap<>(settings);
    overrides.putAll(TestTokens.verificationSettings());
    overrides.put("quarkus.http.test-port", "0");
    return overrides;
  }

  /** All four checks enabled against real servers; PostgreSQL and Cassandra are critical. */
  public static class PostgresAndCassandraCritical implements QuarkusTestProfile {
    static final Set<String> CRITICAL = Set.of("postgres", "cassandra");

    @Override
    public Map<String, String> getConfigOverrides() {
      return withTokens(CheckPeers.get().settings(CRITICAL, TIMEOUT_MS + "ms"));
    }
  }

  /** All four checks enabled against real servers; Blob and S3 are critical. */
  public static class BlobAndS3Critical implements QuarkusTestProfile {
    static final Set<String> CRITICAL = Set.of("blob", "s3");

    @Override
    public Map<String, String> getConfigOverrides() {
      return withTokens(CheckPeers.get().settings(CRITICAL, TIMEOUT_MS + "ms"));
    }
  }

  /** No check enabled: the defaults. */
  public static class NoChecks implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return withTokens(Map.of());
    }
  }
}
