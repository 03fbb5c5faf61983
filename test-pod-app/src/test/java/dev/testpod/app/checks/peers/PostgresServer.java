package dev.testpod.app.checks.peers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL 15 server on 127.0.0.1 with SCRAM password authentication for TCP clients. initdb
 * rejects root, so under root the server runs as the system user {@code testpod-pg}.
 */
public final class PostgresServer implements AutoCloseable {
  public static final String USER = "checks";
  public static final String DATABASE = "checks";
  private static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");
  private static final String OS_USER = "testpod-pg";

  private final Path directory;
  private final int port;
  private final String password = "pg-" + UUID.randomUUID();

  private PostgresServer(Path directory, int port) {
    this.directory = directory;
    this.port = port;
  }

  public static PostgresServer start() {
    try {
      PostgresServer server = new PostgresServer(
          Files.createTempDirectory("testpod-pg"), LoopbackPorts.free());
      server.initialize();
      server.startServer();
      server.run(List.of(BIN.resolve("createdb").toString(), "-h", server.directory.toString(),
          "-p", String.valueOf(server.port), "-U", USER, DATABASE));
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void initialize() throws IOException {
    Path passwordFile = directory.resolve("password");
    Files.writeString(passwordFile, password, StandardCharsets.UTF_8);
    if (isRoot()) {
      run(List.of("chown", "-R", OS_USER, directory.toString()), false);
    }
    run(List.of(BIN.resolve("initdb").toString(), "-D", dataDir().toString(), "-U", USER,
        "--pwfile=" + passwordFile, "--auth-host=scram-sha-256", "--auth-local=trust",
        "-E", "UTF8", "--no-locale", "--no-sync"));
    String settings = String.join("\n",
        "listen_addresses = '" + LoopbackPorts.HOST + "'",
        "port = " + port,
        "unix_socket_directories = '" + directory + "'",
        "fsync = off",
        "shared_buffers = 16MB",
        "max_connections = 40",
        "");
    run(List.of("sh", "-c", "cat >> '" + dataDir().resolve("postgresql.conf") + "' <<'EOF'\n"
        + settings + "EOF"));
  }

  /**
   * Creates a login role that may not connect to {@link #DATABASE}, so that a check with its
   * credentials fails with "permission denied".
   */
  public void createRoleWithoutConnect(String role, String rolePassword) {
    run(List.of(BIN.resolve("psql").toString(), "-h", directory.toString(),
        "-p", String.valueOf(port), "-U", USER, "-d", DATABASE, "-v", "ON_ERROR_STOP=1",
        "-c", "CREATE ROLE " + role + " LOGIN PASSWORD '" + rolePassword + "'",
        "-c", "REVOKE CONNECT ON DATABASE " + DATABASE + " FROM PUBLIC"));
  }

  public String host() {
    return LoopbackPorts.HOST;
  }

  public int port() {
    return port;
  }

  public String password() {
    return password;
  }

  /** Stops the server; connections to its port are then refused. */
  public void stop() {
    run(List.of(BIN.resolve("pg_ctl").toString(), "-D", dataDir().toString(), "-m", "fast",
        "-w", "stop"));
  }

  public void startServer() {
    run(List.of(BIN.resolve("pg_ctl").toString(), "-D", dataDir().toString(),
        "-l", directory.resolve("server.log").toString(), "-w", "-t", "60", "start"));
  }

  private Path dataDir() {
    return directory.resolve("data");
  }

  private void stopQuietly() {
    try {
      if (Files.exists(dataDir().resolve("postmaster.pid"))) {
        stop();
      }
    } catch (RuntimeException e) {
      System.err.println("Could not stop PostgreSQL test server: " + e.getMessage());
    }
  }

  @Override
  public void close() {
    stopQuietly();
    ScratchDirectory.delete(directory);
  }

  private void run(List<String> command) {
    run(command, true);
  }

  private void run(List<String> command, boolean asServerUser) {
    List<String> full = new ArrayList<>();
    if (asServerUser && isRoot()) {
      full.addAll(List.of("runuser", "-u", OS_USER, "--"));
    }
    full.addAll(command);
    try {
      Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException("Command failed: " + String.join(" ", command) + "\n"
            + output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }
}
