package dev.testpod.app.checks;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.pgclient.SslMode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Settings of the dependency checks under {@code testpod.checks.<name>.*}. Connection settings are
 * optional here because a disabled check needs none. {@link ChecksConfigValidator} requires them
 * once a check is enabled.
 */
@ConfigMapping(prefix = "testpod.checks")
public interface ChecksConfig {

  PostgresSettings postgres();

  CassandraSettings cassandra();

  BlobSettings blob();

  S3Settings s3();

  /** Settings every check has. */
  interface CommonSettings {
    /** Whether the check runs at all. A disabled check is absent from readiness. */
    @WithDefault("false")
    boolean enabled();

    /** Whether a failure of this check takes readiness DOWN. */
    @WithDefault("false")
    boolean critical();

    /** Maximum time one run of the check may take before it counts as timed out. */
    @WithDefault("2s")
    Duration timeout();

    /** How long a result is reused by readiness probes before the check runs again. */
    @WithDefault("5s")
    Duration cacheTtl();
  }

  /** PostgreSQL server reached with the reactive client. */
  interface PostgresSettings extends CommonSettings {
    Optional<String> host();

    @WithDefault("5432")
    int port();

    Optional<String> database();

    Optional<String> username();

    Optional<String> password();

    /** TLS mode of the connection: disable, allow, prefer, require, verify-ca or verify-full. */
    @WithDefault("disable")
    SslMode sslMode();
  }

  /** Cassandra cluster reached with the DataStax driver. */
  interface CassandraSettings extends CommonSettings {
    /** Contact points as {@code host:port}. */
    Optional<List<String>> contactPoints();

    @WithDefault("datacenter1")
    String localDatacenter();

    /** Keyspace that must exist. When unset, only the session and {@code system.local} are checked. */
    Optional<String> keyspace();

    Optional<String> username();

    Optional<String> password();
  }

  /** Azure Blob Storage account, given as a connection string or as account name, key and endpoint. */
  interface BlobSettings extends CommonSettings {
    Optional<String> connectionString();

    Optional<String> accountName();

    Optional<String> accountKey();

    /** Blob service endpoint such as {@code https://account.blob.core.windows.net}. */
    Optional<String> endpoint();

    Optional<String> container();
  }

  /** S3-compatible object store reached with the MinIO client. */
  interface S3Settings extends CommonSettings {
    Optional<String> endpoint();

    @WithDefault("us-east-1")
    String region();

    Optional<String> accessKey();

    Optional<String> secretKey();

    Optional<String> bucket();
  }
}
