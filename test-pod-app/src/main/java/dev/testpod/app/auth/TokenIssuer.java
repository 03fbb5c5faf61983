package dev.testpod.app.auth;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;

/** Signs RS256 access tokens with the key at {@code smallrye.jwt.sign.key.location}. */
@ApplicationScoped
public class TokenIssuer {

  private final JwtSettings jwt;
  private final AuthConfig config;

  TokenIssuer(JwtSettings jwt, AuthConfig config) {
    this.jwt = jwt;
    this.config = config;
  }

  /** Returns a signed token for the user, valid from now for the configured token lifetime. */
  public AccessToken issue(User user) {
    Duration lifetime = config.tokenLifetime();
    Instant now = Instant.now();
    String token = Jwt.issuer(jwt.issuer())
        .upn(user.name())
        .subject(user.name())
        .groups(new HashSet<>(user.roles()))
        .audience(new HashSet<>(jwt.audiences()))
        .issuedAt(now)
        .expiresAt(now.plus(lifetime))
        .jws()
        .algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256)
        .sign();
    return new AccessToken(token, "Bearer", lifetime.toSeconds());
  }
}
