package dev.testpod.app.health;

import dev.testpod.app.auth.AuthConfig;
import dev.testpod.app.auth.JwtSettings;
import dev.testpod.app.auth.UserDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the login configuration that start-up validated. It is DOWN only while no users are
 * loaded, which can happen only before the start-up check has finished.
 */
@Readiness
@ApplicationScoped
public class ConfigurationHealthCheck implements HealthCheck {

  private final UserDirectory users;
  private final AuthConfig auth;
  private final JwtSettings jwt;

  ConfigurationHealthCheck(UserDirectory users, AuthConfig auth, JwtSettings jwt) {
    this.users = users;
    this.auth = auth;
    this.jwt = jwt;
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("configuration")
        .withData("users", users.size())
        .withData("issuer", jwt.issuer())
        .withData("audiences", String.join(",", jwt.audiences()))
        .withData("tokenLifetimeSeconds", auth.tokenLifetime().toSeconds())
        .status(users.size() > 0)
        .build();
  }
}
