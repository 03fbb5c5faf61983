package dev.testpod.app.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class CachedCheckTest {
  private final MutableClock clock = new MutableClock();
  private final CheckRunner runner = new CheckRunner(new SecretRedactor(List.of()));

  @Test
  void reusesResultYoungerThanCacheTtl() {
    FakeCheck check = FakeCheck.answering(Map.of());
    CachedCheck cached = new CachedCheck(check, runner, clock);

    CheckResult first = cached.current().join();
    clock.advance(Duration.ofSeconds(4));
    CheckResult second = cached.current().join();

    assertThat(second).isSameAs(first);
    assertThat(check.probes()).isEqualTo(1);
  }

  @Test
  void runsAgainOnceCacheTtlPassed() {
    FakeCheck check = FakeCheck.answering(Map.of());
    CachedCheck cached = new CachedCheck(check, runner, clock);

    cached.current().join();
    clock.advance(Duration.ofSeconds(5));
    cached.current().join();

    assertThat(check.probes()).isEqualTo(2);
  }

  @Test
  void concurrentCallersJoinRunInFlight() {
    CompletableFuture<Map<String, Object>> pending = new CompletableFuture<>();
    FakeCheck check = new FakeCheck(Duration.ofSeconds(30), Duration.ZERO, () -> pending);
    CachedCheck cached = new CachedCheck(check, runner, clock);

    CompletableFuture<CheckResult> first = cached.current();
    CompletableFuture<CheckResult> second = cached.current();
    pending.complete(Map.of());

    assertThat(second).isSameAs(first);
    assertThat(check.probes()).isEqualTo(1);
    assertThat(first.join().status()).isEqualTo(CheckStatus.PASSED);
  }

  @Test
  void runNowIgnoresCache() {
    FakeCheck check = FakeCheck.answering(Map.of());
    CachedCheck cached = new CachedCheck(check, runner, clock);

    cached.current().join();
    cached.runNow().join();

    assertThat(check.probes()).isEqualTo(2);
    assertThat(cached.lastResult()).isPresent();
  }

  @Test
  void hasNoLastResultBeforeFirstRun() {
    CachedCheck cached = new CachedCheck(FakeCheck.answering(Map.of()), runner, clock);

    assertThat(cached.lastResult()).isEmpty();
  }

  private static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-12-04T12:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
