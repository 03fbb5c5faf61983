package dev.testpod.app.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.testpod.app.AuthFilesTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@WithTestResource(value = AuthFilesTestResource.class, scope = TestResourceScope.GLOBAL)
class SecurityHeadersTest {

  private static final Map<String, String> EXPECTED = Map.of(
      "X-Content-Type-Options", "nosniff",
      "X-Frame-Options", "DENY",
      "Referrer-Policy", "no-referrer",
      "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");

  @ParameterizedTest
  @CsvSource({
      "/version, 200",
      "/q/health/ready, 200",
      "/health/live, 200",
      "/api/me, 401",
      "/no/such/page, 404",
      "/api/no-such-resource, 404"})
  void everyResponseCarriesSecurityHeaders(String path, int status) {
    Response response = given().get(path);

    assertThat(response.statusCode()).as("status of %s", path).isEqualTo(status);
    EXPECTED.forEach((name, value) ->
        assertThat(response.header(name)).as("%s on %s", name, path).isEqualTo(value));
  }

  @Test
  void authResponsesAreNotCached() {
    Response failedLogin = given().contentType("application/json")
        .body("{\"username\":\"headers-test\",\"password\":\"wrong\"}").post("/auth/login");
    Response me = given().get("/api/me");

    assertThat(failedLogin.header("Cache-Control")).isEqualTo("no-store");
    assertThat(me.header("Cache-Control")).isEqualTo("no-store");
  }
}
