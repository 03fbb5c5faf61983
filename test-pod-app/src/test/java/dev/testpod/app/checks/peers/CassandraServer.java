package dev.testpod.app.checks.peers;

import com.datastax.oss.driver.api.core.CqlSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;

/**
 * One Cassandra 5.0 node in a forked JVM on 127.0.0.1 with password authentication, shared by
 * every test in the JVM because it takes several seconds to start. The node's port is published
 * as a system property so that Quarkus tests, whose classes load in another class loader, find
 * the same node.
 */
public final class CassandraServer {
  public static final String USER = "cassandra";
  public static final String PASSWORD = "cassandra";
  public static final String KEYSPACE = "checks";
  public static final String DATACENTER = "datacenter1";
  private static final String PORT_PROPERTY = "testpod.test.cassandra.port";
  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

  // Module openings from Cassandra 5.0's conf/jvm17-server.options, needed on Java 17.
  private static final List<String> JVM17_OPTIONS = List.of(
      "-Djdk.attach.allowAttachSelf=true",
      "--add-exports", "java.base/jdk.internal.misc=ALL-UNNAMED",
      "--add-exports", "java.base/jdk.internal.ref=ALL-UNNAMED",
      "--add-exports", "java.base/sun.nio.ch=ALL-UNNAMED",
      "--add-exports", "java.management.rmi/com.sun.jmx.remote.internal.rmi=ALL-UNNAMED",
      "--add-exports", "java.rmi/sun.rmi.registry=ALL-UNNAMED",
      "--add-exports", "java.rmi/sun.rmi.server=ALL-UNNAMED",
      "--add-exports", "java.sql/java.sql=ALL-UNNAMED",
      "--add-exports", "java.base/java.lang.ref=ALL-UNNAMED",
      "--add-exports", "jdk.unsupported/sun.misc=ALL-UNNAMED",
      "--add-opens", "java.base/java.lang.module=ALL-UNNAMED",
      "--add-opens", "java.base/jdk.internal.loader=ALL-UNNAMED",
      "--add-opens", "java.base/jdk.internal.ref=ALL-UNNAMED",
      "--add-opens", "java.base/jdk.internal.reflect=ALL-UNNAMED",
      "--add-opens", "java.base/jdk.internal.math=ALL-UNNAMED",
      "--add-opens", "java.base/jdk.internal.module=ALL-UNNAMED",
      "--add-opens", "java.base/jdk.internal.util.jar=ALL-UNNAMED",
      "--add-opens", "jdk.management/com.sun.management.internal=ALL-UNNAMED",
      "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED",
      "--add-opens", "java.base/java.io=ALL-UNNAMED",
      "--add-opens", "java.base/java.nio=ALL-UNNAMED",
      "--add-opens", "java.base/java.util=ALL-UNNAMED",
      "--add-opens", "java.base/java.util.concurrent=ALL-UNNAMED",
      "--add-opens", "java.base/java.util.concurrent.atomic=ALL-UNNAMED",
      "--add-opens", "java.base/java.lang=ALL-UNNAMED",
      "--add-opens", "java.base/java.lang.reflect=ALL-UNNAMED",
      "--add-opens", "java.base/java.math=ALL-UNNAMED",
      "--add-opens", "java.base/java.net=ALL-UNNAMED");

  private static CassandraServer shared;

  private final int port;

  private CassandraServer(int port) {
    this.port = port;
  }

  /** Returns the node of this JVM, starting it on first use. */
  public static synchronized CassandraServer shared() {
    if (shared == null) {
      String published = System.getProperty(PORT_PROPERTY);
      shared = published != null
          ? new CassandraServer(Integer.parseInt(published))
          : startNode();
    }
    return shared;
  }

  private static CassandraServer startNode() {
    try {
      Path directory = ScratchDirectory.create("testpod-cassandra");
      int port = LoopbackPorts.free();
      writeConfig(directory, port, LoopbackPorts.free());
      ForkedProcess process = ForkedProcess.start("cassandra", command(directory), directory);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        process.stop();
        ScratchDirectory.delete(directory);
      }));
      process.awaitPort(port, START_TIMEOUT);
      CassandraServer server = new CassandraServer(port);
      server.createKeyspace();
      System.setProperty(PORT_PROPERTY, String.valueOf(port));
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> command(Path directory) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xms256m", "-Xmx512m", "-Xss512k", "-XX:+UseG1GC"));
    command.addAll(JVM17_OPTIONS);
    command.addAll(List.of(
        "-Dcassandra.config=" + directory.resolve("cassandra.yaml").toUri(),
        "-Dcassandra.storagedir=" + directory,
        "-Dcassandra-foreground=yes",
        "-Dcassandra.skip_wait_for_gossip_to_settle=0",
        "-Dcassandra.superuser_setup_delay_ms=0",
        "-Dcassandra.ring_delay_ms=0",
        "-Dlogback.configurationFile=" + ScratchDirectory.quietLogback(directory),
        "-cp", PeerInstallation.require("cassandra") + "/*",
        "org.apache.cassandra.service.CassandraDaemon"));
    return command;
  }

  private static void writeConfig(Path directory, int nativePort, int storagePort)
      throws IOException {
    Files.writeString(directory.resolve("cassandra.yaml"), String.join("\n",
        "cluster_name: testpod-checks",
        "num_tokens: 1",
        "initial_token: 0",
        "auto_bootstrap: false",
        "partitioner: org.apache.cassandra.dht.Murmur3Partitioner",
        "authenticator: PasswordAuthenticator",
        "authorizer: AllowAllAuthorizer",
        "role_manager: CassandraRoleManager",
        "endpoint_snitch: SimpleSnitch",
        "data_file_directories: [" + directory.resolve("data") + "]",
        "commitlog_directory: " + directory.resolve("commitlog"),
        "saved_caches_directory: " + directory.resolve("saved_caches"),
        "hints_directory: " + directory.resolve("hints"),
        "cdc_raw_directory: " + directory.resolve("cdc_raw"),
        "commitlog_sync: periodic",
        "commitlog_sync_period: 10000ms",
        "seed_provider:",
        "  - class_name: org.apache.cassandra.locator.SimpleSeedProvider",
        "    parameters:",
        "      - seeds: \"" + LoopbackPorts.HOST + ":" + storagePort + "\"",
        "listen_address: " + LoopbackPorts.HOST,
        "rpc_address: " + LoopbackPorts.HOST,
        "storage_port: " + storagePort,
        "native_transport_port: " + nativePort,
        "start_native_transport: true",
        "concurrent_compactors: 1",
        ""));
  }

  /** Waits until the default superuser can log in, then creates the checked keyspace. */
  private void createKeyspace() {
    Awaitility.await("Cassandra accepting logins on " + port)
        .atMost(START_TIMEOUT)
        .pollInterval(Duration.ofSeconds(1))
        .ignoreExceptions()
        .until(() -> {
          try (CqlSession session = session()) {
            session.execute("CREATE KEYSPACE IF NOT EXISTS " + KEYSPACE + " WITH replication ="
                + " {'class': 'SimpleStrategy', 'replication_factor': 1}");
            return true;
          }
        });
  }

  private CqlSession session() {
    return CqlSession.builder()
        .addContactPoint(new InetSocketAddress(LoopbackPorts.HOST, port))
        .withLocalDatacenter(DATACENTER)
        .withAuthCredentials(USER, PASSWORD)
        .build();
  }

  public int port() {
    return port;
  }

  public String contactPoint() {
    return LoopbackPorts.HOST + ":" + port;
  }
}
