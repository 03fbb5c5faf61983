package dev.testpod.app.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.testpod.app.AuthFilesTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = AuthFilesTestResource.class, scope = TestResourceScope.GLOBAL)
class ProblemResponsesTest {

  @Test
  void unknownPathIsProblemJson() {
    Response response = given().get("/no/such/page");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    assertThat(response.jsonPath().getString("title")).isEqualTo("Not Found");
    assertThat(response.jsonPath().getString("detail")).isEqualTo("No resource at /no/such/page.");
  }

  @Test
  void constraintViolationIsProblemJson() {
    Response response = given().get("/test-only/validation/NOT-LOWER");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    assertThat(response.jsonPath().getString("detail"))
        .startsWith("Invalid request: name: must match")
        .doesNotContain("NOT-LOWER");
  }

  @Test
  void unexpectedFailureHidesItsCause() {
    Response response = given().get("/test-only/failure");

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    assertThat(response.jsonPath().getString("detail")).startsWith("The server failed")
        .contains("Error id ");
    assertThat(response.body().asString())
        .doesNotContain(ProbeResource.INTERNAL_MESSAGE, "IllegalStateException", "\tat ");
  }

  @Test
  void wrongMethodIsProblemJson() {
    Response response = given().delete("/version");

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
  }
}
