package dev.testpod.app.auth;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Creates the application's login attempt limiter from {@code testpod.auth.lockout.*}. */
public class LoginAttemptLimiterProducer {

  @Produces
  @Singleton
  LoginAttemptLimiter loginAttemptLimiter(AuthConfig config) {
    AuthConfig.Lockout lockout = config.lockout();
    return new LoginAttemptLimiter(lockout.maxFailures(), lockout.window(),
        lockout.maxTrackedNames(), Clock.systemUTC());
  }
}
