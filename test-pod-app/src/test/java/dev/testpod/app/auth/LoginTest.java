package dev.testpod.app.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.testpod.app.AuthFiles;
import dev.testpod.app.AuthFilesTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = AuthFilesTestResource.class, scope = TestResourceScope.GLOBAL)
class LoginTest {

  private static Response login(String username, String password) {
    return given().contentType(ContentType.JSON)
        .body(Map.of("username", username, "password", password))
        .post("/auth/login");
  }

  @Test
  void loginReturnsBearerToken() {
    login("alice", AuthFiles.PASSWORD).then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .header("Cache-Control", "no-store")
        .body("token_type", equalTo("Bearer"))
        .body("expires_in", equalTo(1800))
        .body("access_token", not(emptyOrNullString()));
  }

  @Test
  void tokenEndpointAcceptsPasswordGrantForm() {
    given().contentType(ContentType.URLENC)
        .formParam("grant_type", "password")
        .formParam("username", "bob")
        .formParam("password", AuthFiles.PASSWORD)
        .post("/token")
        .then()
        .statusCode(200)
        .body("token_type", equalTo("Bearer"))
        .body("access_token", not(emptyOrNullString()));
  }

  @Test
  void tokenEndpointRejectsOtherGrantTypes() {
    given().contentType(ContentType.URLENC)
        .formParam("grant_type", "client_credentials")
        .formParam("username", "bob")
        .formParam("password", AuthFiles.PASSWORD)
        .post("/token")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("grant_type"));
  }

  @Test
  void issuedTokenOpensApiMe() {
    String token = login("alice", AuthFiles.PASSWORD).then().statusCode(200)
        .extract().path("access_token");

    given().auth().oauth2(token).get("/api/me").then()
        .statusCode(200)
        .body("username", equalTo("alice"))
        .body("roles", equalTo(java.util.List.of("operator", "viewer")))
        .body("expiresAt", not(emptyOrNullString()));
  }

  @Test
  void unknownUserLooksLikeWrongPassword() {
    Response wrongPassword = login("bob", "not-the-password");
    Response unknownUser = login("nobody-" + System.nanoTime(), "not-the-password");

    assertThat(wrongPassword.statusCode()).isEqualTo(401);
    assertThat(unknownUser.statusCode()).isEqualTo(401);
    assertThat(wrongPassword.contentType()).isEqualTo("application/problem+json");
    assertThat(unknownUser.body().asString()).isEqualTo(wrongPassword.body().asString());
    assertThat(wrongPassword.jsonPath().getString("detail"))
        .isEqualTo("Invalid user name or password.");
  }

  @Test
  void malformedJsonIsBadRequest() {
    given().contentType(ContentType.JSON)
        .body("{\"username\": \"alice\", \"password\": ")
        .post("/auth/login")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("status", equalTo(400))
        .body("title", equalTo("Bad Request"))
        .body("detail", containsString("not valid JSON"));
  }

  @Test
  void emptyFieldsAreBadRequest() {
    login("", AuthFiles.PASSWORD).then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("'username'"));
    login("alice", "  ").then()
        .statusCode(400)
        .body("detail", containsString("'password'"));
    given().contentType(ContentType.JSON).body("{}").post("/auth/login").then()
        .statusCode(400)
        .body("detail", containsString("'username'"));
  }

  @Test
  void sixthFailureIsLockedWithRetryAfter() {
    for (int attempt = 1; attempt <= 5; attempt++) {
      login("carol", "wrong-" + attempt).then().statusCode(401);
    }

    Response locked = login("carol", "wrong-6");

    assertThat(locked.statusCode()).isEqualTo(429);
    assertThat(locked.contentType()).isEqualTo("application/problem+json");
    long retryAfter = Long.parseLong(locked.header("Retry-After"));
    assertThat(retryAfter).isBetween(1L, 15 * 60L);
    assertThat(locked.jsonPath().getString("detail")).contains("Too many failed logins");
  }

  @Test
  void lockedNameRejectsEvenTheRightPassword() {
    for (int attempt = 1; attempt <= 5; attempt++) {
      login("dave", "wrong-" + attempt).then().statusCode(401);
    }

    login("dave", AuthFiles.PASSWORD).then()
        .statusCode(429)
        .header("Retry-After", not(emptyOrNullString()));
  }
}
