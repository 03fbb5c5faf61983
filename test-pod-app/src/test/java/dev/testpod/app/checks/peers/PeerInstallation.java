package dev.testpod.app.checks.peers;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where .ci/setup.d/40-check-peers.sh installed the test servers: the system property
 * {@code testpod.peers.dir}, else the environment variable {@code TESTPOD_PEERS_DIR}, else
 * {@code /opt/testpod-peers}.
 */
public final class PeerInstallation {
  private PeerInstallation() {}

  public static Path directory() {
    String configured = System.getProperty("testpod.peers.dir", System.getenv("TESTPOD_PEERS_DIR"));
    return Path.of(configured == null || configured.isBlank() ? "/opt/testpod-peers" : configured);
  }

  /** Returns an installed path below the peer directory, or fails with the command that installs it. */
  public static Path require(String relative) {
    Path path = directory().resolve(relative);
    if (!Files.exists(path)) {
      throw new IllegalStateException(path + " is missing: install the test servers with"
          + " 'bash .ci/setup.d/40-check-peers.sh' from the repository root");
    }
    return path;
  }
}
