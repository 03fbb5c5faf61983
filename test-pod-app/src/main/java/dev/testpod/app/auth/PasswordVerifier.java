package dev.testpod.app.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * Checks passwords against bcrypt hashes. An unknown user is checked against a throwaway hash of
 * the same cost, so that both failures take about the same time.
 */
@ApplicationScoped
public class PasswordVerifier {

  private static final int DECOY_COST = 10;

  private final char[] decoyHash = createDecoyHash();

  /** Returns whether the password matches the user's hash; false for an absent user. */
  public boolean matches(Optional<User> user, String password) {
    char[] hash = user.map(found -> found.passwordHash().toCharArray()).orElse(decoyHash);
    boolean verified = BCrypt.verifyer().verify(password.toCharArray(), hash).verified;
    return verified && user.isPresent();
  }

  private static char[] createDecoyHash() {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    byte[] hash = BCrypt.withDefaults().hash(DECOY_COST, secret);
    return new String(hash, StandardCharsets.US_ASCII).toCharArray();
  }
}
