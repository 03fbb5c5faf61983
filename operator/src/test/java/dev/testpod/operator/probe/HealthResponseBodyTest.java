package dev.testpod.operator.probe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HealthResponseBodyTest {

  @Test
  void namesChecksReportedDown() {
    String body = """
        {"status":"DOWN","checks":[
          {"name":"postgres","status":"DOWN","data":{"error":"connection refused"}},
          {"name":"s3","status":"UP"},
          {"name":"cassandra","status":"DOWN"}]}
        """;

    assertThat(HealthResponseBody.downChecks(body)).containsExactly("postgres", "cassandra");
  }

  @Test
  void bodyWithoutChecksHasNoneDown() {
    assertThat(HealthResponseBody.downChecks("{\"status\":\"DOWN\"}")).isEmpty();
  }

  @Test
  void bodyThatIsNotJsonHasNoneDown() {
    assertThat(HealthResponseBody.downChecks("<html>Service Unavailable</html>")).isEmpty();
    assertThat(HealthResponseBody.downChecks("")).isEmpty();
    assertThat(HealthResponseBody.downChecks(null)).isEmpty();
  }

  @Test
  void checkWithoutNameIsSkipped() {
    assertThat(HealthResponseBody.downChecks("{\"checks\":[{\"status\":\"DOWN\"},{\"name\":\"blob\",\"status\":\"DOWN\"}]}"))
        .containsExactly("blob");
  }
}
