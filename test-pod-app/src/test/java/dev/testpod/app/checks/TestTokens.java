package dev.testpod.app.checks;

import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Bearer tokens for the API tests, signed by smallrye-jwt-build with the key pair that the
 * module's global test resource generates, for the issuer and audience the app verifies. The
 * tests get tokens this way rather than from the login endpoint.
 */
final class TestTokens {
  private TestTokens() {}

  static String bearer() {
    Config config = ConfigProvider.getConfig();
    String issuer = config.getValue("mp.jwt.verify.issuer", String.class);
    String audience = config.getValue("mp.jwt.verify.audiences", String.class).split(",")[0];
    String token = Jwt.issuer(issuer)
        .audience(audience)
        .upn("checks-tester")
        .groups("viewer")
        .expiresIn(Duration.ofMinutes(10))
        .sign();
    return "Bearer " + token;
  }
}
