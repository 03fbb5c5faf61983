package dev.testpod.app.checks.peers;

import com.azure.storage.blob.BlobServiceClientBuilder;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The four real servers behind {@link TcpGate}s for the Quarkus tests, with the
 * {@code testpod.checks.*} settings that point the app at the gates. Each test profile loads this
 * class in its own class loader. Starting the servers for one profile stops those of the
 * previous profile through a JDK {@link Runnable} stored in the system properties.
 */
public final class CheckPeers implements AutoCloseable {
  private static final String STOP_PREVIOUS_PROPERTY = "testpod.test.check-peers.stop";
  public static final List<String> NAMES = List.of("postgres", "cassandra", "blob", "s3");
  public static final String CONTAINER = "checks";
  public static final String BUCKET = "checks";

  private static CheckPeers started;

  private final PostgresServer postgres = PostgresServer.start();
  private final AzuriteServer azurite = AzuriteServer.start();
  private final S3ProxyServer s3proxy = S3ProxyServer.start();
  private final CassandraServer cassandra = CassandraServer.shared();
  private final Map<String, TcpGate> gates = new HashMap<>();

  private CheckPeers() {
    new BlobServiceClientBuilder().connectionString(azurite.connectionString()).buildClient()
        .createBlobContainerIfNotExists(CONTAINER);
    try {
      MinioClient.builder().endpoint(s3proxy.endpoint())
          .credentials(s3proxy.accessKey(), s3proxy.secretKey()).build()
          .makeBucket(MakeBucketArgs.builder().bucket(BUCKET).build());
    } catch (Exception e) {
      throw new IllegalStateException("Could not create the test bucket", e);
    }
    gates.put("postgres", new TcpGate(postgres.port()));
    gates.put("cassandra", new TcpGate(cassandra.port()));
    gates.put("blob", new TcpGate(azurite.port()));
    gates.put("s3", new TcpGate(s3proxy.port()));
  }

  public static synchronized CheckPeers get() {
    if (started == null) {
      if (System.getProperties().get(STOP_PREVIOUS_PROPERTY) instanceof Runnable stopPrevious) {
        stopPrevious.run();
      }
      started = new CheckPeers();
      Runnable stop = started::close;
      System.getProperties().put(STOP_PREVIOUS_PROPERTY, stop);
    }
    return started;
  }

  /** Stops the servers of this class loader, but not the shared Cassandra node. */
  @Override
  public void close() {
    gates.values().forEach(TcpGate::close);
    s3proxy.close();
    azurite.close();
    postgres.close();
  }

  public TcpGate gate(String name) {
    return gates.get(name);
  }

  /** Secrets the app is configured with; no response may contain any of them. */
  public List<String> secrets() {
    return List.of(postgres.password(), azurite.accountKey(), s3proxy.secretKey(),
        s3proxy.accessKey());
  }

  /** Settings that enable all four checks through the gates, critical where named. */
  public Map<String, String> settings(Set<String> critical, String timeout) {
    String host = LoopbackPorts.HOST;
    Map<String, String> settings = new HashMap<>();
    settings.put("testpod.checks.postgres.host", host);
    settings.put("testpod.checks.postgres.port", String.valueOf(gate("postgres").port()));
    settings.put("testpod.checks.postgres.database", PostgresServer.DATABASE);
    settings.put("testpod.checks.postgres.username", PostgresServer.USER);
    settings.put("testpod.checks.postgres.password", postgres.password());
    settings.put("testpod.checks.cassandra.contact-points",
        host + ":" + gate("cassandra").port());
    settings.put("testpod.checks.cassandra.keyspace", CassandraServer.KEYSPACE);
    settings.put("testpod.checks.cassandra.username", CassandraServer.USER);
    settings.put("testpod.checks.cassandra.password", CassandraServer.PASSWORD);
    settings.put("testpod.checks.blob.account-name", AzuriteServer.ACCOUNT);
    settings.put("testpod.checks.blob.account-key", azurite.accountKey());
    settings.put("testpod.checks.blob.endpoint",
        "http://" + host + ":" + gate("blob").port() + "/" + AzuriteServer.ACCOUNT);
    settings.put("testpod.checks.blob.container", CONTAINER);
    settings.put("testpod.checks.s3.endpoint", "http://" + host + ":" + gate("s3").port());
    settings.put("testpod.checks.s3.access-key", s3proxy.accessKey());
    settings.put("testpod.checks.s3.secret-key", s3proxy.secretKey());
    settings.put("testpod.checks.s3.bucket", BUCKET);
    for (String name : NAMES) {
      settings.put("testpod.checks." + name + ".enabled", "true");
      settings.put("testpod.checks." + name + ".critical", String.valueOf(critical.contains(name)));
      settings.put("testpod.checks." + name + ".timeout", timeout);
      // Every probe runs the checks, so each request shows the state of the gates at that time.
      settings.put("testpod.checks." + name + ".cache-ttl", "0s");
    }
    return settings;
  }
}
