package dev.testpod.app.checks;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import io.vertx.pgclient.PgException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/** Opens a new connection with the reactive PostgreSQL client and runs {@code SELECT 1}. */
final class PostgresCheck implements DependencyCheck {
  private final ChecksConfig.PostgresSettings settings;
  private final Vertx vertx;
  private final CheckTarget target;

  PostgresCheck(ChecksConfig.PostgresSettings settings, Vertx vertx) {
    this.settings = settings;
    this.vertx = vertx;
    String address = settings.host().orElseThrow() + ":" + settings.port();
    this.target = new CheckTarget("postgres", "PostgreSQL", address,
        "testpod.checks.postgres.host, testpod.checks.postgres.port and .ssl-mode",
        "testpod.checks.postgres.username and testpod.checks.postgres.password",
        "database", settings.database().orElseThrow());
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
    return PgConnection.connect(vertx, connectOptions(timeout))
        .compose(this::selectOne)
        .toCompletionStage();
  }

  private Future<Map<String, Object>> selectOne(PgConnection connection) {
    String version = connection.databaseMetadata().fullVersion();
    return connection.query("SELECT 1").execute()
        .<Map<String, Object>>map(rows -> Map.of(
            "serverVersion", version,
            "database", target.resourceName()))
        .onComplete(done -> connection.close());
  }

  private PgConnectOptions connectOptions(Duration timeout) {
    int timeoutMs = Math.toIntExact(timeout.toMillis());
    PgConnectOptions options = new PgConnectOptions()
        .setHost(settings.host().orElseThrow())
        .setPort(settings.port())
        .setDatabase(target.resourceName())
        .setUser(settings.username().orElseThrow())
        .setSslMode(settings.sslMode())
        .setConnectTimeout(timeoutMs)
        .setReconnectAttempts(0);
    // A peer that accepts TCP and never replies would otherwise keep the socket open forever.
    options.setIdleTimeout(timeoutMs).setIdleTimeoutUnit(TimeUnit.MILLISECONDS);
    settings.password().ifPresent(options::setPassword);
    return options;
  }

  @Override
  public Optional<FailureKind> classify(Throwable error) {
    if (!(error instanceof PgException pgError) || pgError.getSqlState() == null) {
      return Optional.empty();
    }
    return switch (pgError.getSqlState()) {
      case "28P01", "28000" -> Optional.of(FailureKind.AUTHENTICATION_FAILED);
      case "3D000" -> Optional.of(FailureKind.RESOURCE_MISSING);
      case "42501" -> Optional.of(FailureKind.PERMISSION_DENIED);
      default -> Optional.empty();
    };
  }
}
