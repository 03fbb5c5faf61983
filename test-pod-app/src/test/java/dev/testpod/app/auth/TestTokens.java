package dev.testpod.app.auth;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.function.UnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Builds valid and deliberately invalid tokens with the key files the app was started with. */
final class TestTokens {

  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private final PrivateKey privateKey;
  private final byte[] publicKeyPem;
  private final String issuer;
  private final String audience;

  TestTokens(Path privateKeyFile, Path publicKeyFile, String issuer, String audience)
      throws Exception {
    this.privateKey = KeyUtils.decodePrivateKey(Files.readString(privateKeyFile));
    this.publicKeyPem = Files.readAllBytes(publicKeyFile);
    this.issuer = issuer;
    this.audience = audience;
  }

  /** Returns claims the app accepts: user alice, valid for five minutes from now. */
  JwtClaimsBuilder validClaims() {
    Instant now = Instant.now();
    return Jwt.issuer(issuer).audience(audience).upn("alice").groups("viewer")
        .issuedAt(now).expiresAt(now.plusSeconds(300));
  }

  /** Returns an RS256 token signed with the app's key after the change to the valid claims. */
  String signed(UnaryOperator<JwtClaimsBuilder> change) {
    return change.apply(validClaims()).jws().sign(privateKey);
  }

  /** Returns an unsigned token with header {@code alg: none} and an empty signature. */
  String unsigned() {
    String header = encode("{\"alg\":\"none\",\"typ\":\"JWT\"}");
    return header + "." + payloadOf(signed(UnaryOperator.identity())) + ".";
  }

  /** Returns an HS256 token keyed with the public key PEM, the classic algorithm confusion. */
  String hmacWithPublicKey() throws Exception {
    String header = encode("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
    String signingInput = header + "." + payloadOf(signed(UnaryOperator.identity()));
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(publicKeyPem, "HmacSHA256"));
    byte[] signature = mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
    return signingInput + "." + BASE64URL.encodeToString(signature);
  }

  /** Returns a validly signed token whose payload was then replaced, keeping the signature. */
  String tamperedPayload() {
    String[] parts = signed(UnaryOperator.identity()).split("\\.");
    String forgedPayload = payloadOf(signed(claims -> claims.upn("mallory").groups("admin")));
    return parts[0] + "." + forgedPayload + "." + parts[2];
  }

  private static String payloadOf(String token) {
    return token.split("\\.")[1];
  }

  private static String encode(String json) {
    return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
