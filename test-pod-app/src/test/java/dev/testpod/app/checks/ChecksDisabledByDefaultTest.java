package dev.testpod.app.checks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import dev.testpod.app.AuthFilesTestResource;
import dev.testpod.app.checks.peers.CheckPeers;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** With no {@code testpod.checks.*} settings the app starts, and no check runs anywhere. */
@QuarkusTest
@WithTestResource(value = AuthFilesTestResource.class, scope = TestResourceScope.GLOBAL)
@TestProfile(CheckProfiles.NoChecks.class)
class ChecksDisabledByDefaultTest {

  @Test
  void readinessHasNoDependencyCheck() {
    HealthProbe probe = HealthProbe.ready();

    assertThat(probe.statusCode()).as(probe.body().toString()).isEqualTo(200);
    for (String name : CheckPeers.NAMES) {
      assertThat(probe.check(name)).as(name).isEmpty();
    }
  }

  @Test
  void listsEveryCheckAsSkipped() {
    given().header("Authorization", TestTokens.bearer())
        .get("/api/checks")
        .then()
        .statusCode(200)
        .body("$", hasSize(4))
        .body("enabled", everyItem(equalTo(false)))
        .body("critical", everyItem(equalTo(false)))
        .body("timeoutMs", everyItem(equalTo(2000)))
        .body("lastResult.status", everyItem(equalTo("SKIPPED")));
  }

  @Test
  void runReturnsSkippedForDisabledCheck() {
    given().header("Authorization", TestTokens.bearer())
        .post("/api/checks/cassandra/run")
        .then()
        .statusCode(200)
        .body("name", equalTo("cassandra"))
        .body("status", equalTo("SKIPPED"))
        .body("durationMs", equalTo(0))
        .body("remediation", equalTo(
            "Set testpod.checks.cassandra.enabled=true and its connection settings to run it."));
  }
}
