package dev.testpod.app.checks;

import dev.testpod.app.checks.peers.CheckPeers;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.Set;

/**
 * App configurations for the Quarkus tests of the checks. The module's global test resource adds
 * the key pair and users file that the app requires.
 */
final class CheckProfiles {
  static final long TIMEOUT_MS = 2000;

  private CheckProfiles() {}

  /** All four checks enabled against real servers; PostgreSQL and Cassandra are critical. */
  public static class PostgresAndCassandraCritical implements QuarkusTestProfile {
    static final Set<String> CRITICAL = Set.of("postgres", "cassandra");

    @Override
    public Map<String, String> getConfigOverrides() {
      return CheckPeers.get().settings(CRITICAL, TIMEOUT_MS + "ms");
    }
  }

  /** All four checks enabled against real servers; Blob and S3 are critical. */
  public static class BlobAndS3Critical implements QuarkusTestProfile {
    static final Set<String> CRITICAL = Set.of("blob", "s3");

    @Override
    public Map<String, String> getConfigOverrides() {
      return CheckPeers.get().settings(CRITICAL, TIMEOUT_MS + "ms");
    }
  }

  /** No check enabled: the defaults. */
  public static class NoChecks implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of();
    }
  }
}
