package dev.testpod.app.config;

import dev.testpod.app.auth.AuthConfig;
import dev.testpod.app.auth.JwtSettings;
import dev.testpod.app.auth.UserDirectory;
import dev.testpod.app.auth.UsersFileParser.InvalidUsersFileException;
import dev.testpod.app.config.KeyFileCheck.KeyKind;
import dev.testpod.app.health.HealthConfig;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Validates the settings that a typed mapping cannot check (files, ranges) when the application
 * starts, and loads the users file. Any problem stops the application with one message that names
 * each setting and its value. Quarkus prints a {@link ConfigurationException} without a stack
 * trace.
 */
@ApplicationScoped
public class StartupConfigurationCheck {

  private static final Logger LOG = Logger.getLogger(StartupConfigurationCheck.class);
  static final Duration MIN_TOKEN_LIFETIME = Duration.ofMinutes(1);
  static final Duration MAX_TOKEN_LIFETIME = Duration.ofHours(24);

  private final AuthConfig auth;
  private final JwtSettings jwt;
  private final HealthConfig health;
  private final UserDirectory users;

  private final List<String> problems = new ArrayList<>();
  private final Set<String> settings = new LinkedHashSet<>();

  StartupConfigurationCheck(AuthConfig auth, JwtSettings jwt, HealthConfig health,
      UserDirectory users) {
    this.auth = auth;
    this.jwt = jwt;
    this.health = health;
    this.users = users;
  }

  void onStart(@Observes StartupEvent event) {
    checkKeys();
    checkIssuerAndAudience();
    checkTokenLifetime();
    checkLockout();
    checkHealthThresholds();
    loadUsers();
    if (!problems.isEmpty()) {
      throw new ConfigurationException("Invalid configuration, the application cannot start:\n  - "
          + String.join("\n  - ", problems), settings);
    }
    LOG.infof("Configuration valid: %d users, issuer %s, token lifetime %s", users.size(),
        jwt.issuer(), auth.tokenLifetime());
  }

  private void checkKeys() {
    KeyFileCheck.check(JwtSettings.SIGN_KEY_LOCATION, jwt.signKeyLocation(), KeyKind.PRIVATE)
        .ifPresent(problem -> report(JwtSettings.SIGN_KEY_LOCATION, problem));
    KeyFileCheck.check(JwtSettings.VERIFY_KEY_LOCATION, jwt.verifyKeyLocation(), KeyKind.PUBLIC)
        .ifPresent(problem -> report(JwtSettings.VERIFY_KEY_LOCATION, problem));
  }

  private void checkIssuerAndAudience() {
    if (jwt.issuer().isBlank()) {
      report(JwtSettings.ISSUER, JwtSettings.ISSUER + " is not set: tokens need an issuer.");
    }
    if (jwt.audiences().isEmpty()) {
      report(JwtSettings.AUDIENCES, JwtSettings.AUDIENCES + " is not set: tokens need an audience.");
    }
  }

  private void checkTokenLifetime() {
    Duration lifetime = auth.tokenLifetime();
    if (lifetime.compareTo(MIN_TOKEN_LIFETIME) < 0 || lifetime.compareTo(MAX_TOKEN_LIFETIME) > 0) {
      report("testpod.auth.token-lifetime", "testpod.auth.token-lifetime=" + lifetime
          + ": must be between 1m and 24h.");
    }
  }

  private void checkLockout() {
    AuthConfig.Lockout lockout = auth.lockout();
    if (lockout.maxFailures() < 1) {
      report("testpod.auth.lockout.max-failures", "testpod.auth.lockout.max-failures="
          + lockout.maxFailures() + ": must be at least 1.");
    }
    if (lockout.window().isNegative() || lockout.window().isZero()) {
      report("testpod.auth.lockout.window", "testpod.auth.lockout.window=" + lockout.window()
          + ": must be positive.");
    }
    if (lockout.maxTrackedNames() < 1) {
      report("testpod.auth.lockout.max-tracked-names", "testpod.auth.lockout.max-tracked-names="
          + lockout.maxTrackedNames() + ": must be at least 1.");
    }
  }

  private void checkHealthThresholds() {
    double ratio = health.memory().criticalUsedRatio();
    if (!(ratio > 0 && ratio <= 1)) {
      report("testpod.health.memory.critical-used-ratio",
          "testpod.health.memory.critical-used-ratio=" + ratio + ": must be above 0 and at most 1.");
    }
  }

  private void loadUsers() {
    Path file = auth.usersFile();
    String setting = "testpod.auth.users-file";
    try {
      users.load(file);
    } catch (NoSuchFileException e) {
      report(setting, setting + "=" + file + ": the file does not exist.");
    } catch (IOException e) {
      report(setting, setting + "=" + file + ": the file cannot be read ("
          + e.getClass().getSimpleName() + ").");
    } catch (InvalidUsersFileException e) {
      report(setting, setting + "=" + file + ": " + e.getMessage() + ".");
    }
  }

  private void report(String setting, String problem) {
    settings.add(setting);
    problems.add(problem);
  }
}
