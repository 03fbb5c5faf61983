package dev.testpod.app.auth;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Token settings read under their standard SmallRye JWT and MicroProfile JWT names, so that the
 * Quarkus and MicroProfile documentation applies to them unchanged.
 */
@ApplicationScoped
public class JwtSettings {

  public static final String SIGN_KEY_LOCATION = "smallrye.jwt.sign.key.location";
  public static final String VERIFY_KEY_LOCATION = "mp.jwt.verify.publickey.location";
  public static final String ISSUER = "mp.jwt.verify.issuer";
  public static final String AUDIENCES = "mp.jwt.verify.audiences";

  @ConfigProperty(name = SIGN_KEY_LOCATION)
  Optional<String> signKeyLocation;

  @ConfigProperty(name = VERIFY_KEY_LOCATION)
  Optional<String> verifyKeyLocation;

  @ConfigProperty(name = ISSUER)
  Optional<String> issuer;

  @ConfigProperty(name = AUDIENCES)
  Optional<List<String>> audiences;

  public Optional<String> signKeyLocation() {
    return signKeyLocation;
  }

  public Optional<String> verifyKeyLocation() {
    return verifyKeyLocation;
  }

  public String issuer() {
    return issuer.orElse("");
  }

  public List<String> audiences() {
    return audiences.orElse(List.of());
  }
}
