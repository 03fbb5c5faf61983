package dev.testpod.app.checks;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.DriverTimeoutException;
import com.datastax.oss.driver.api.core.InvalidKeyspaceException;
import com.datastax.oss.driver.api.core.auth.AuthenticationException;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.servererrors.UnauthorizedException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads {@code system.local} and, when configured, looks the keyspace up in
 * {@code system_schema.keyspaces}. A session that passed is reused by the next run, because each
 * new session costs a password login on the server. When a run on a reused session fails, the
 * session is closed and a new one is opened, because only a new session reports the real reason
 * of an outage where a reused one reports that no node is available.
 */
final class CassandraCheck implements DependencyCheck {
  private static final String DEFAULT_PORT = "9042";

  private final ChecksConfig.CassandraSettings settings;
  private final Executor executor;
  private final CheckTarget target;
  private final AtomicReference<CqlSession> session = new AtomicReference<>();

  CassandraCheck(ChecksConfig.CassandraSettings settings, Executor executor) {
    this.settings = settings;
    this.executor = executor;
    this.target = new CheckTarget("cassandra", "Cassandra",
        String.join(",", settings.contactPoints().orElseThrow()),
        "testpod.checks.cassandra.contact-points",
        "testpod.checks.cassandra.username and testpod.checks.cassandra.password",
        "keyspace", settings.keyspace().orElse(null));
  }

  @Override
  public CheckTarget target() {
    return target;
  }

  @Override
  public ChecksConfig.CommonSettings settings() {
    return settings;
  }

  @Override
  public CompletionStage<Map<String, Object>> probe(Duration timeout) {
    CqlSession reused = session.get();
    if (reused == null) {
      return probeWithNewSession(timeout);
    }
    return query(reused).exceptionallyCompose(error -> {
      discard(reused);
      return probeWithNewSession(timeout);
    });
  }

  private CompletionStage<Map<String, Object>> probeWithNewSession(Duration timeout) {
    return CompletableFuture.supplyAsync(this::resolveContactPoints, executor)
        .thenCompose(points -> sessionBuilder(points, timeout).buildAsync())
        .thenCompose(created -> query(created).whenComplete((details, error) -> {
          if (error != null || !session.compareAndSet(null, created)) {
            created.closeAsync();
          }
        }));
  }

  private void discard(CqlSession stale) {
    if (session.compareAndSet(stale, null)) {
      stale.closeAsync();
    }
  }

  @Override
  public void close() {
    CqlSession open = session.getAndSet(null);
    if (open != null) {
      open.closeAsync();
    }
  }

  private CompletionStage<Map<String, Object>> query(CqlSession session) {
    return session.executeAsync("SELECT release_version, data_center FROM system.local")
        .thenCompose(local -> {
          Row row = local.one();
          Map<String, Object> details = new LinkedHashMap<>();
          details.put("releaseVersion", row == null ? null : row.getString("release_version"));
          details.put("datacenter", row == null ? null : row.getString("data_center"));
          if (target.resourceName() == null) {
            return CompletableFuture.completedFuture(details);
          }
          details.put("keyspace", target.resourceName());
          return session.executeAsync(SimpleStatement.newInstance(
                  "SELECT keyspace_name FROM system_schema.keyspaces WHERE keyspace_name = ?",
                  target.resourceName()))
              .thenApply(keyspaces -> requireKeyspace(keyspaces, details));
        });
  }

  private Map<String, Object> requireKeyspace(
      AsyncResultSet keyspaces, Map<String, Object> details) {
    if (keyspaces.one() == null) {
      throw new CheckFailure(FailureKind.RESOURCE_MISSING,
          "Keyspace '" + target.resourceName() + "' does not exist.");
    }
    return details;
  }

  private List<InetSocketAddress> resolveContactPoints() {
    return settings.contactPoints().orElseThrow().stream().map(CassandraCheck::resolve).toList();
  }

  private static InetSocketAddress resolve(String contactPoint) {
    int colon = contactPoint.lastIndexOf(':');
    String host = colon < 0 ? contactPoint : contactPoint.substring(0, colon);
    String port = colon < 0 ? DEFAULT_PORT : contactPoint.substring(colon + 1);
    try {
      return new InetSocketAddress(InetAddress.getByName(host), Integer.parseInt(port));
    } catch (UnknownHostException e) {
      throw new CompletionException(e);
    }
  }

  private CqlSessionBuilder sessionBuilder(List<InetSocketAddress> points, Duration timeout) {
    CqlSessionBuilder builder = CqlSession.builder()
        .withConfigLoader(driverConfig(timeout))
        .addContactPoints(points)
        .withLocalDatacenter(settings.localDatacenter());
    settings.username().ifPresent(user ->
        builder.withAuthCredentials(user, settings.password().orElse("")));
    return builder;
  }

  private static DriverConfigLoader driverConfig(Duration timeout) {
    return DriverConfigLoader.programmaticBuilder()
        .withDuration(DefaultDriverOption.CONNECTION_CONNECT_TIMEOUT, timeout)
        .withDuration(DefaultDriverOption.CONNECTION_INIT_QUERY_TIMEOUT, timeout)
        .withDuration(DefaultDriverOption.CONTROL_CONNECTION_TIMEOUT, timeout)
        .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, timeout)
        .withBoolean(DefaultDriverOption.RECONNECT_ON_INIT, false)
        // The check reads two system tables, so the schema and token metadata are not needed.
        .withBoolean(DefaultDriverOption.METADATA_SCHEMA_ENABLED, false)
        .withBoolean(DefaultDriverOption.METADATA_TOKEN_MAP_ENABLED, false)
        .withInt(DefaultDriverOption.CONNECTION_POOL_LOCAL_SIZE, 1)
        .withInt(DefaultDriverOption.CONNECTION_POOL_REMOTE_SIZE, 1)
        .withInt(DefaultDriverOption.NETTY_IO_SHUTDOWN_QUIET_PERIOD, 0)
        .withInt(DefaultDriverOption.NETTY_ADMIN_SHUTDOWN_QUIET_PERIOD, 0)
        // A session is replaced after every failed run, so many may exist over time.
        .withInt(DefaultDriverOption.SESSION_LEAK_THRESHOLD, 0)
        .build();
  }

  @Override
  public Optional<FailureKind> classify(Throwable error) {
    if (error instanceof AllNodesFailedException allFailed) {
      return allFailed.getAllErrors().values().stream()
          .flatMap(List::stream)
          .map(nodeError -> NetworkFailures.find(nodeError, CassandraCheck::classifyDriverError)
              .or(() -> NetworkFailures.find(nodeError, NetworkFailures::classify)))
          .flatMap(Optional::stream)
          .findFirst();
    }
    return classifyDriverError(error);
  }

  private static Optional<FailureKind> classifyDriverError(Throwable error) {
    if (error instanceof AuthenticationException) {
      return Optional.of(FailureKind.AUTHENTICATION_FAILED);
    }
    if (error instanceof UnauthorizedException) {
      return Optional.of(FailureKind.PERMISSION_DENIED);
    }
    if (error instanceof InvalidKeyspaceException) {
      return Optional.of(FailureKind.RESOURCE_MISSING);
    }
    if (error instanceof DriverTimeoutException) {
      return Optional.of(FailureKind.TIMED_OUT);
    }
    return Optional.empty();
  }
}
