package dev.testpod.app.checks;

import io.vertx.core.Vertx;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/** The four dependency checks. Only enabled ones get a client and ever run. */
@ApplicationScoped
public class DependencyChecks {
  static final List<String> NAMES = List.of("postgres", "cassandra", "blob", "s3");
  private static final Logger LOG = Logger.getLogger(DependencyChecks.class);

  private final ChecksConfig config;
  private final Vertx vertx;
  private final Map<String, CachedCheck> enabled = new LinkedHashMap<>();
  private ExecutorService executor;

  @Inject
  public DependencyChecks(ChecksConfig config, Vertx vertx) {
    this.config = config;
    this.vertx = vertx;
  }

  @PostConstruct
  void start() {
    ChecksConfigValidator.validate(config);
    // Blocking clients run here so that a hung dependency never holds an event-loop thread.
    executor = Executors.newCachedThreadPool(daemonThreads());
    CheckRunner runner = new CheckRunner(new SecretRedactor(secrets()));
    for (String name : NAMES) {
      createCheck(name).ifPresent(check ->
          enabled.put(name, new CachedCheck(check, runner, Clock.systemUTC())));
    }
    LOG.infof("Dependency checks enabled: %s", enabled.isEmpty() ? "none" : enabled.keySet());
  }

  @PreDestroy
  void stop() {
    enabled.values().forEach(cached -> cached.check().close());
    executor.shutdownNow();
  }

  private Optional<DependencyCheck> createCheck(String name) {
    if (!settings(name).enabled()) {
      return Optional.empty();
    }
    return Optional.of(switch (name) {
      case "postgres" -> new PostgresCheck(config.postgres(), vertx);
      case "cassandra" -> new CassandraCheck(config.cassandra(), executor);
      case "blob" -> new BlobCheck(config.blob(), executor);
      case "s3" -> new S3Check(config.s3(), executor);
      default -> throw new IllegalArgumentException("Unknown check " + name);
    });
  }

  ChecksConfig.CommonSettings settings(String name) {
    return switch (name) {
      case "postgres" -> config.postgres();
      case "cassandra" -> config.cassandra();
      case "blob" -> config.blob();
      case "s3" -> config.s3();
      default -> throw new UnknownCheckException(name);
    };
  }

  /** Enabled checks in a fixed order, for readiness. */
  Map<String, CachedCheck> enabled() {
    return java.util.Collections.unmodifiableMap(enabled);
  }

  List<CheckView> list() {
    List<CheckView> views = new ArrayList<>();
    for (String name : NAMES) {
      ChecksConfig.CommonSettings settings = settings(name);
      CheckResult last = enabled.containsKey(name)
          ? enabled.get(name).lastResult().orElse(null)
          : CheckResult.skipped(name);
      views.add(new CheckView(name, settings.enabled(), settings.critical(),
          settings.timeout().toMillis(), last));
    }
    return views;
  }

  /** Runs one check now; a disabled check completes at once as SKIPPED. */
  CompletableFuture<CheckResult> run(String name) {
    settings(name);
    CachedCheck cached = enabled.get(name);
    return cached == null
        ? CompletableFuture.completedFuture(CheckResult.skipped(name))
        : cached.runNow();
  }

  /** Runs every check concurrently and returns their results in a fixed order. */
  CompletableFuture<List<CheckResult>> runAll() {
    List<CompletableFuture<CheckResult>> runs = NAMES.stream().map(this::run).toList();
    return CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new))
        .thenApply(done -> runs.stream().map(CompletableFuture::join).toList());
  }

  private List<String> secrets() {
    List<String> secrets = new ArrayList<>();
    config.postgres().password().ifPresent(secrets::add);
    config.cassandra().password().ifPresent(secrets::add);
    config.blob().accountKey().ifPresent(secrets::add);
    config.blob().connectionString().ifPresent(secrets::add);
    config.s3().accessKey().ifPresent(secrets::add);
    config.s3().secretKey().ifPresent(secrets::add);
    return secrets;
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "dependency-check-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
