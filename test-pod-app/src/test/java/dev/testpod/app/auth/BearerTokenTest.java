package dev.testpod.app.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.testpod.app.AuthFiles;
import dev.testpod.app.AuthFilesTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = AuthFilesTestResource.class, scope = TestResourceScope.GLOBAL)
class BearerTokenTest {

  @ConfigProperty(name = "smallrye.jwt.sign.key.location")
  String privateKeyFile;

  @ConfigProperty(name = "mp.jwt.verify.publickey.location")
  String publicKeyFile;

  private TestTokens tokens;

  @BeforeEach
  void readKeys() throws Exception {
    tokens = new TestTokens(Path.of(privateKeyFile), Path.of(publicKeyFile), AuthFiles.ISSUER,
        AuthFiles.AUDIENCE);
  }

  private static Response getMe(String token) {
    return given().header("Authorization", "Bearer " + token).get("/api/me");
  }

  private static void assertRejected(Response response) {
    assertThat(response.statusCode()).as("status").isEqualTo(401);
    assertThat(response.contentType()).as("content type").isEqualTo("application/problem+json");
    assertThat(response.header("WWW-Authenticate")).as("challenge").startsWith("Bearer");
    assertThat(response.jsonPath().getInt("status")).as("problem status").isEqualTo(401);
    assertThat(response.body().asString()).as("body").doesNotContain("Exception", "\tat ");
  }

  @Test
  void validTokenReturnsUserRolesAndExpiry() {
    Instant expiry = Instant.now().plusSeconds(300);
    String token = tokens.signed(claims -> claims.groups(java.util.Set.of("viewer", "operator"))
        .expiresAt(expiry));

    getMe(token).then()
        .statusCode(200)
        .body("username", equalTo("alice"))
        .body("roles", equalTo(List.of("operator", "viewer")))
        .body("expiresAt", equalTo(Instant.ofEpochSecond(expiry.getEpochSecond()).toString()));
  }

  @Test
  void missingTokenIsUnauthorized() {
    Response response = given().get("/api/me");

    assertRejected(response);
    assertThat(response.jsonPath().getString("detail")).contains("bearer token is required");
  }

  @Test
  void tokenExpiredBeyondClockSkewIsRejected() {
    Instant now = Instant.now();
    assertRejected(getMe(tokens.signed(claims ->
        claims.issuedAt(now.minusSeconds(900)).expiresAt(now.minusSeconds(120)))));
  }

  @Test
  void tokenExpiredWithinClockSkewIsAccepted() {
    Instant now = Instant.now();
    String token = tokens.signed(claims ->
        claims.issuedAt(now.minusSeconds(600)).expiresAt(now.minusSeconds(20)));

    getMe(token).then().statusCode(200);
  }

  @Test
  void futureNotBeforeIsRejected() {
    long notBefore = Instant.now().plusSeconds(120).getEpochSecond();
    assertRejected(getMe(tokens.signed(claims -> claims.claim("nbf", notBefore))));
  }

  @Test
  void wrongIssuerIsRejected() {
    assertRejected(getMe(tokens.signed(claims -> claims.issuer("https://other.example"))));
  }

  @Test
  void wrongAudienceIsRejected() {
    assertRejected(getMe(tokens.signed(claims -> claims.audience("another-service"))));
  }

  @Test
  void tamperedSignatureIsRejected() {
    assertRejected(getMe(tokens.tamperedPayload()));
  }

  @Test
  void signatureAlgorithmNoneIsRejected() {
    assertRejected(getMe(tokens.unsigned()));
  }

  @Test
  void hmacSignedWithPublicKeyIsRejected() throws Exception {
    assertRejected(getMe(tokens.hmacWithPublicKey()));
  }

  @Test
  void malformedTokenIsRejected() {
    for (String malformed : List.of("x.e30.x", "not-a-token", "a.b", "..", "e30.e30.e30.e30")) {
      Response response = getMe(malformed);
      assertThat(response.statusCode()).as("status for '%s'", malformed).isEqualTo(401);
      assertThat(response.contentType()).as("type for '%s'", malformed)
          .isEqualTo("application/problem+json");
    }
  }
}
