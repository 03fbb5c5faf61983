package dev.testpod.app.checks;

import io.smallrye.jwt.build.Jwt;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * Bearer tokens for the API tests, signed with an RSA key pair made for the test JVM. The pair is
 * kept in system properties because the Quarkus test profile and the test class may load this
 * class in different class loaders, and both must see the same keys.
 */
final class TestTokens {
  static final String ISSUER = "https://checks.test.testpod.dev";
  static final String AUDIENCE = "testpod-checks-test";
  private static final String PUBLIC_PROPERTY = "testpod.test.jwt.public-key";
  private static final String PRIVATE_PROPERTY = "testpod.test.jwt.private-key";

  private TestTokens() {}

  /** Settings that make the app verify tokens from {@link #bearer()}. */
  static Map<String, String> verificationSettings() {
    return Map.of(
        "mp.jwt.verify.publickey", publicKey(),
        "mp.jwt.verify.issuer", ISSUER,
        "mp.jwt.verify.audiences", AUDIENCE);
  }

  static String bearer() {
    String token = Jwt.issuer(ISSUER)
        .audience(AUDIENCE)
        .upn("checks-tester")
        .groups("user")
        .expiresIn(Duration.ofMinutes(10))
        .sign(privateKey());
    return "Bearer " + token;
  }

  private static synchronized String publicKey() {
    ensureKeys();
    return System.getProperty(PUBLIC_PROPERTY);
  }

  private static PrivateKey privateKey() {
    ensureKeys();
    byte[] encoded = Base64.getDecoder().decode(System.getProperty(PRIVATE_PROPERTY));
    try {
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded));
    } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
      throw new IllegalStateException(e);
    }
  }

  private static synchronized void ensureKeys() {
    if (System.getProperty(PUBLIC_PROPERTY) != null) {
      return;
    }
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      KeyPair pair = generator.generateKeyPair();
      Base64.Encoder base64 = Base64.getEncoder();
      System.setProperty(PRIVATE_PROPERTY, base64.encodeToString(pair.getPrivate().getEncoded()));
      System.setProperty(PUBLIC_PROPERTY, base64.encodeToString(pair.getPublic().getEncoded()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
