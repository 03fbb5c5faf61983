package dev.testpod.app.checks.peers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Azurite's Blob service from npm on 127.0.0.1, with a generated account key instead of the
 * well-known development key, telemetry off and data in memory.
 */
public final class AzuriteServer implements AutoCloseable {
  public static final String ACCOUNT = "testpodaccount";

  private final Path directory;
  private final int port;
  private final String accountKey;
  private ForkedProcess process;

  private AzuriteServer(Path directory, int port, String accountKey) {
    this.directory = directory;
    this.port = port;
    this.accountKey = accountKey;
  }

  public static AzuriteServer start() {
    byte[] key = new byte[64];
    new SecureRandom().nextBytes(key);
    try {
      AzuriteServer server = new AzuriteServer(Files.createTempDirectory("testpod-azurite"),
          LoopbackPorts.free(), Base64.getEncoder().encodeToString(key));
      server.startServer();
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void startServer() {
    Path executable = PeerInstallation.require("azurite/node_modules/.bin/azurite-blob");
    process = ForkedProcess.start("azurite", List.of(executable.toString(),
        "--blobHost", LoopbackPorts.HOST, "--blobPort", String.valueOf(port),
        "--inMemoryPersistence", "--disableTelemetry",
        "--skipApiVersionCheck", "--silent"), directory,
        Map.of("AZURITE_ACCOUNTS", ACCOUNT + ":" + accountKey));
    process.awaitPort(port, Duration.ofSeconds(60));
  }

  /** Stops the server; connections to its port are then refused. */
  public void stop() {
    if (process != null) {
      process.stop();
    }
  }

  public int port() {
    return port;
  }

  public String accountKey() {
    return accountKey;
  }

  public String endpoint() {
    return "http://" + LoopbackPorts.HOST + ":" + port + "/" + ACCOUNT;
  }

  public String connectionString() {
    return connectionString(accountKey);
  }

  public String connectionString(String key) {
    return "DefaultEndpointsProtocol=http;AccountName=" + ACCOUNT + ";AccountKey=" + key
        + ";BlobEndpoint=" + endpoint() + ";";
  }

  @Override
  public void close() {
    stop();
    ScratchDirectory.delete(directory);
  }
}
