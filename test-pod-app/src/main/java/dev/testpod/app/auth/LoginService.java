package dev.testpod.app.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotAuthorizedException;
import java.time.Duration;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Checks credentials under the failed-login limit and issues tokens. */
@ApplicationScoped
public class LoginService {

  private static final Logger LOG = Logger.getLogger(LoginService.class);
  private static final int MAX_FIELD_LENGTH = 256;

  private final UserDirectory users;
  private final PasswordVerifier passwords;
  private final LoginAttemptLimiter limiter;
  private final TokenIssuer tokens;

  LoginService(UserDirectory users, PasswordVerifier passwords, LoginAttemptLimiter limiter,
      TokenIssuer tokens) {
    this.users = users;
    this.passwords = passwords;
    this.limiter = limiter;
    this.tokens = tokens;
  }

  /**
   * Returns a token for valid credentials.
   *
   * @throws BadRequestException when a field is missing, blank or too long
   * @throws LoginLockedException when the name has too many recent failures
   * @throws NotAuthorizedException when the user is unknown or the password is wrong
   */
  public AccessToken login(String username, String password) {
    requireField("username", username);
    requireField("password", password);

    Optional<Duration> lockedFor = limiter.lockedFor(username);
    if (lockedFor.isPresent()) {
      LOG.debugf("Login rejected: user name %s is locked", printable(username));
      throw new LoginLockedException(lockedFor.get());
    }

    Optional<User> user = users.find(username);
    if (!passwords.matches(user, password)) {
      // One INFO line per lock, not per failure, so a password-guessing run cannot flood the log.
      if (limiter.recordFailure(username)) {
        LOG.infof("User name %s locked after too many failed logins", printable(username));
      } else {
        LOG.debugf("Login failed for user name %s", printable(username));
      }
      throw new NotAuthorizedException("Invalid user name or password.", "Bearer");
    }

    limiter.reset(username);
    LOG.debugf("Login succeeded for user %s", username);
    return tokens.issue(user.get());
  }

  /** Replaces control characters, so that a crafted user name cannot forge log lines. */
  private static String printable(String value) {
    return value.replaceAll("\\p{Cntrl}", "?");
  }

  private static void requireField(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new BadRequestException("The field '" + field + "' is required and must not be blank.");
    }
    if (value.length() > MAX_FIELD_LENGTH) {
      throw new BadRequestException(
          "The field '" + field + "' is longer than " + MAX_FIELD_LENGTH + " characters.");
    }
  }
}
