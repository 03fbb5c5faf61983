package dev.testpod.app.checks;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** A check whose probe the test supplies, for the logic around the real clients. */
final class FakeCheck implements DependencyCheck {
  record Settings(boolean enabled, boolean critical, Duration timeout, Duration cacheTtl)
      implements ChecksConfig.CommonSettings {}

  private final Settings settings;
  private final Supplier<CompletableFuture<Map<String, Object>>> probe;
  private final AtomicInteger probes = new AtomicInteger();

  FakeCheck(Duration timeout, Duration cacheTtl,
      Supplier<CompletableFuture<Map<String, Object>>> probe) {
    this.settings = new Settings(true, true, timeout, cacheTtl);
    this.probe = probe;
  }

  static FakeCheck answering(Map<String, Object> details) {
    return new FakeCheck(Duration.ofSeconds(2), Duration.ofSeconds(5),
        () -> CompletableFuture.completedFuture(details));
  }

  int probes() {
    return probes.get();
  }

  @Override
  public CheckTarget target() {
    return new CheckTarget("fake", "Fake", "127.0.0.1:1", "testpod.checks.fake.host",
        "testpod.checks.fake.password", "bucket", "things");
  }

  @Override
  public ChecksConfig.CommonSettings settings() {
    return settings;
  }

  @Override
  public CompletionStage<Map<String, Object>> probe(Duration timeout) {
    probes.incrementAndGet();
    return probe.get();
  }

  @Override
  public Optional<FailureKind> classify(Throwable error) {
    return Optional.empty();
  }
}
