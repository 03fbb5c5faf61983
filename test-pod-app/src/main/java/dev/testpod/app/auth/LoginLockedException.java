package dev.testpod.app.auth;

import java.time.Duration;

/** Raised when a user name has too many recent failed logins; mapped to 429 with Retry-After. */
public class LoginLockedException extends RuntimeException {

  private final long retryAfterSeconds;

  public LoginLockedException(Duration lockedFor) {
    this(roundUpToSeconds(lockedFor));
  }

  private LoginLockedException(long retryAfterSeconds) {
    super("Too many failed logins for this user name. Try again in " + retryAfterSeconds
        + " seconds.");
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** Returns the whole seconds until the next attempt is allowed, at least 1. */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  private static long roundUpToSeconds(Duration duration) {
    long seconds = duration.toSeconds();
    boolean hasFraction = !duration.minusSeconds(seconds).isZero();
    return Math.max(1, hasFraction ? seconds + 1 : seconds);
  }
}
