package dev.testpod.app.version;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.testpod.app.AuthFilesTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@WithTestResource(value = AuthFilesTestResource.class, scope = TestResourceScope.GLOBAL)
class VersionEndpointTest {

  @ParameterizedTest
  @ValueSource(strings = {"/version", "/api/version"})
  void reportsOverriddenVersionAndBuildFacts(String path) {
    JsonPath version = given().get(path).then()
        .statusCode(200)
        .contentType("application/json")
        .extract().jsonPath();

    assertThat(version.getString("version")).isEqualTo(AuthFilesTestResource.TEST_VERSION);
    assertThat(version.getString("commit")).isNotBlank();
    assertThat(Instant.parse(version.getString("buildTime"))).isBefore(Instant.now());
  }
}
