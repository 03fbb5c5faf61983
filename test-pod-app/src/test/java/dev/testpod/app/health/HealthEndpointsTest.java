package dev.testpod.app.health;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import dev.testpod.app.AuthFilesTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@WithTestResource(value = AuthFilesTestResource.class, scope = TestResourceScope.GLOBAL)
class HealthEndpointsTest {

  @Test
  void livenessReportsOnlyTheProcess() {
    given().get("/q/health/live").then()
        .statusCode(200)
        .contentType("application/json")
        .body("status", equalTo("UP"))
        .body("checks.name", equalTo(List.of("process")))
        .body("checks[0].data.uptimeSeconds", notNullValue());
  }

  @Test
  void readinessReportsConfigurationMemoryAndDisk() {
    Response response = given().get("/q/health/ready");

    response.then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItems("configuration", "memory", "disk"))
        .body("checks.status", everyItem(equalTo("UP")));
    JsonPath json = response.jsonPath();
    assertThat(json.getInt("checks.find { it.name == 'configuration' }.data.users"))
        .isEqualTo(4);
    assertThat(json.getLong("checks.find { it.name == 'memory' }.data.heapMaxBytes"))
        .isPositive();
    assertThat(json.getLong("checks.find { it.name == 'disk' }.data.freeBytes")).isPositive();
    assertThat(json.getLong("checks.find { it.name == 'disk' }.data.criticalFreeBytes"))
        .isEqualTo(50L * 1024 * 1024);
  }

  @Test
  void startedAndOverallHealthAreUp() {
    given().get("/q/health/started").then().statusCode(200).body("status", equalTo("UP"));
    given().get("/q/health").then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItems("process", "configuration", "memory", "disk"));
  }

  @ParameterizedTest
  @CsvSource({
      "/health/live, /q/health/live",
      "/health/ready, /q/health/ready",
      "/health, /q/health"})
  void aliasMatchesSmallRyeEndpoint(String alias, String original) {
    Response fromAlias = given().get(alias);
    Response fromOriginal = given().get(original);

    assertThat(fromAlias.statusCode()).as("status").isEqualTo(fromOriginal.statusCode());
    assertThat(fromAlias.contentType()).as("content type").isEqualTo(fromOriginal.contentType());
    assertThat(withoutVolatileFigures(fromAlias.jsonPath()))
        .as("body without figures that change between two calls")
        .isEqualTo(withoutVolatileFigures(fromOriginal.jsonPath()));
  }

  /**
   * Returns status, check names, statuses and data keys, leaving out figures such as heap use that
   * change between two calls.
   */
  private static Map<String, Object> withoutVolatileFigures(JsonPath json) {
    List<Map<String, Object>> checks = json.getList("checks");
    List<Object> shapes = checks.stream()
        .map(check -> (Object) List.of(check.get("name"), check.get("status"),
            ((Map<?, ?>) check.getOrDefault("data", Map.of())).keySet()))
        .toList();
    return Map.of("status", json.getString("status"), "checks", shapes);
  }
}
