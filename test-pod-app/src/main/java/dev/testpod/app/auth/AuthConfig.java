package dev.testpod.app.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Login settings under {@code testpod.auth}. The token keys, issuer and audience use the standard
 * {@code smallrye.jwt.*} and {@code mp.jwt.*} property names instead, see {@link JwtSettings}.
 */
@ConfigMapping(prefix = "testpod.auth")
public interface AuthConfig {

  /** Users file, one {@code name:bcrypt-hash:role1,role2} line per user. Required. */
  Path usersFile();

  /** Lifetime of issued access tokens, between 1 minute and 24 hours. */
  @WithDefault("30m")
  Duration tokenLifetime();

  /** Limits on failed logins per user name. */
  Lockout lockout();

  /** Failed-login limits. */
  interface Lockout {

    /** Failed logins for one user name, within {@link #window()}, after which logins get 429. */
    @WithDefault("5")
    int maxFailures();

    /** Period over which failures are counted; a locked name is released when it has passed. */
    @WithDefault("15m")
    Duration window();

    /**
     * Maximum number of user names whose failures are remembered. When it is exceeded the least
     * recently used names are forgotten, so memory stays bounded under many distinct names.
     */
    @WithDefault("10000")
    int maxTrackedNames();
  }
}
