package dev.testpod.app.checks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import dev.testpod.app.AuthFilesTestResource;
import dev.testpod.app.checks.peers.CheckPeers;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = AuthFilesTestResource.class, scope = TestResourceScope.GLOBAL)
@TestProfile(CheckProfiles.PostgresAndCassandraCritical.class)
class ChecksApiTest {

  @BeforeEach
  void awaitEveryCheckPassing() {
    HealthProbe.awaitPassing(CheckPeers.NAMES);
  }

  @AfterEach
  void reopenEveryGate() {
    CheckPeers.NAMES.forEach(name -> CheckPeers.get().gate(name).forward());
  }

  @Test
  void rejectsRequestsWithoutBearerToken() {
    given().get("/api/checks").then().statusCode(401);
    given().post("/api/checks/postgres/run").then().statusCode(401);
    given().post("/api/checks/run-all").then().statusCode(401);
  }

  @Test
  void runsOneCheckAndReturnsItsResult() {
    given().header("Authorization", TestTokens.bearer())
        .post("/api/checks/postgres/run")
        .then()
        .statusCode(200)
        .body("name", equalTo("postgres"))
        .body("status", equalTo("PASSED"))
        .body("remediation", equalTo(null))
        .body("details.database", equalTo("checks"))
        .body("details.serverVersion", startsWith("15."));
  }

  @Test
  void runsEveryCheckInFixedOrder() {
    Response response = given().header("Authorization", TestTokens.bearer())
        .post("/api/checks/run-all");

    response.then().statusCode(200).body("$", hasSize(4));
    assertThat(response.jsonPath().getList("name", String.class))
        .containsExactly("postgres", "cassandra", "blob", "s3");
    assertThat(response.jsonPath().getList("status", String.class))
        .as(response.asString())
        .containsOnly("PASSED");
    assertThat(response.jsonPath().getList("durationMs", Integer.class)).allMatch(ms -> ms >= 0);
  }

  @Test
  void reportsFailureWithRemediationAndNoSecret() {
    CheckPeers.get().gate("s3").refuse();

    Response response = given().header("Authorization", TestTokens.bearer())
        .post("/api/checks/s3/run");

    response.then()
        .statusCode(200)
        .body("name", equalTo("s3"))
        .body("status", equalTo("FAILED"))
        .body("details.failure", equalTo("CONNECTION_REFUSED"))
        .body("remediation", startsWith("Connection refused"));
    assertThat(response.jsonPath().getMap("$").keySet())
        .containsExactlyInAnyOrder("name", "status", "durationMs", "message", "remediation",
            "details");
    assertNoSecret(response.asString());
  }

  @Test
  void listsEveryCheckWithItsLastResult() {
    given().header("Authorization", TestTokens.bearer()).post("/api/checks/blob/run")
        .then().statusCode(200);

    Response response = given().header("Authorization", TestTokens.bearer())
        .get("/api/checks");

    response.then().statusCode(200).body("$", hasSize(4));
    List<String> names = response.jsonPath().getList("name", String.class);
    assertThat(names).containsExactly("postgres", "cassandra", "blob", "s3");
    response.then()
        .body("find { it.name == 'blob' }.enabled", equalTo(true))
        .body("find { it.name == 'blob' }.critical", equalTo(false))
        .body("find { it.name == 'postgres' }.critical", equalTo(true))
        .body("find { it.name == 'blob' }.lastResult.status", equalTo("PASSED"));
    assertNoSecret(response.asString());
  }

  @Test
  void answersUnknownCheckWithProblemDetails() {
    given().header("Authorization", TestTokens.bearer())
        .post("/api/checks/mysql/run")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404))
        .body("title", equalTo("Not Found"))
        .body("detail", startsWith("No check named 'mysql'"));
  }

  private static void assertNoSecret(String body) {
    for (String secret : CheckPeers.get().secrets()) {
      assertThat(body).doesNotContain(secret);
    }
  }
}
