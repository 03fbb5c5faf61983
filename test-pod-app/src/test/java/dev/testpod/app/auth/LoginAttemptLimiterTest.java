package dev.testpod.app.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginAttemptLimiterTest {

  private static final Duration WINDOW = Duration.ofMinutes(15);

  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final LoginAttemptLimiter limiter = new LoginAttemptLimiter(5, WINDOW, 100, clock);

  private void fail(String name, int times) {
    for (int i = 0; i < times; i++) {
      limiter.recordFailure(name);
    }
  }

  @Test
  void fourFailuresDoNotLock() {
    fail("alice", 4);

    assertThat(limiter.lockedFor("alice")).isEmpty();
  }

  @Test
  void fifthFailureLocksForTheWholeWindow() {
    fail("alice", 5);

    assertThat(limiter.lockedFor("alice")).contains(WINDOW);
  }

  @Test
  void lockEndsWhenOldestFailureExpires() {
    fail("alice", 1);
    clock.advance(Duration.ofMinutes(5));
    fail("alice", 4);

    assertThat(limiter.lockedFor("alice")).contains(Duration.ofMinutes(10));

    clock.advance(Duration.ofMinutes(10));
    assertThat(limiter.lockedFor("alice")).isEmpty();
  }

  @Test
  void failuresOlderThanTheWindowDoNotCount() {
    fail("alice", 4);
    clock.advance(WINDOW.plusSeconds(1));
    fail("alice", 4);

    assertThat(limiter.lockedFor("alice")).isEmpty();
  }

  @Test
  void onlyTheLockingFailureReportsTheLock() {
    fail("alice", 4);

    assertThat(limiter.recordFailure("alice")).isTrue();
    assertThat(limiter.recordFailure("alice")).isFalse();
  }

  @Test
  void lockIsPerUserName() {
    fail("alice", 5);

    assertThat(limiter.lockedFor("bob")).isEmpty();
  }

  @Test
  void successfulLoginResetsFailures() {
    fail("alice", 4);
    limiter.reset("alice");
    fail("alice", 4);

    assertThat(limiter.lockedFor("alice")).isEmpty();
  }

  @Test
  void trackedNamesStayBoundedUnderManyDistinctNames() {
    for (int i = 0; i < 10_000; i++) {
      limiter.recordFailure("user-" + i);
    }

    assertThat(limiter.trackedNames()).isLessThanOrEqualTo(100);
  }

  @Test
  void idleNamesAreForgottenAfterTheWindow() {
    fail("alice", 3);
    clock.advance(WINDOW.plusSeconds(1));

    assertThat(limiter.trackedNames()).isZero();
  }
}
