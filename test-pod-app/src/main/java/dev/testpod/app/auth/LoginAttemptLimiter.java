package dev.testpod.app.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Counts failed logins per user name over a sliding window. A name with {@code maxFailures}
 * failures inside the window is locked until the oldest of them leaves the window.
 *
 * <p>Memory is bounded: at most {@code maxTrackedNames} names are remembered, each with at most
 * {@code maxFailures} instants, and idle names expire after one window.
 */
public class LoginAttemptLimiter {

  private final int maxFailures;
  private final Duration window;
  private final Clock clock;
  private final Cache<String, Deque<Instant>> failuresByName;

  public LoginAttemptLimiter(int maxFailures, Duration window, int maxTrackedNames, Clock clock) {
    this.maxFailures = maxFailures;
    this.window = window;
    this.clock = clock;
    // NOTE: once maxTrackedNames is exceeded, eviction may forget a locked name, so a flood of
    // distinct names can shorten a lockout. The bound on memory is the reason for that trade.
    this.failuresByName = Caffeine.newBuilder()
        .maximumSize(maxTrackedNames)
        .expireAfterAccess(window)
        .ticker(() -> clock.millis() * 1_000_000L)
        .executor(Runnable::run)
        .build();
  }

  /** Returns how long the name stays locked, or empty when a login attempt is allowed now. */
  public Optional<Duration> lockedFor(String name) {
    Deque<Instant> failures = failuresByName.getIfPresent(name);
    if (failures == null) {
      return Optional.empty();
    }
    synchronized (failures) {
      Instant now = clock.instant();
      dropExpired(failures, now);
      if (failures.size() < maxFailures) {
        return Optional.empty();
      }
      return Optional.of(Duration.between(now, failures.peekFirst().plus(window)));
    }
  }

  /** Records one failed login for the name and returns whether this failure locked it. */
  public boolean recordFailure(String name) {
    Deque<Instant> failures = failuresByName.get(name, key -> new ArrayDeque<>(maxFailures));
    synchronized (failures) {
      Instant now = clock.instant();
      dropExpired(failures, now);
      boolean wasLocked = failures.size() == maxFailures;
      if (wasLocked) {
        failures.removeFirst();
      }
      failures.addLast(now);
      return !wasLocked && failures.size() == maxFailures;
    }
  }

  /** Forgets the failures of a name after a successful login. */
  public void reset(String name) {
    failuresByName.invalidate(name);
  }

  /** Returns the number of names currently remembered, after pending evictions. */
  public long trackedNames() {
    failuresByName.cleanUp();
    return failuresByName.estimatedSize();
  }

  private void dropExpired(Deque<Instant> failures, Instant now) {
    Instant oldestCounted = now.minus(window);
    while (!failures.isEmpty() && !failures.peekFirst().isAfter(oldestCounted)) {
      failures.removeFirst();
    }
  }
}
