package dev.testpod.app.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.awaitility.Awaitility;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;

/** One timed GET of a health endpoint of the app under test, safe to call from many threads. */
record HealthProbe(int statusCode, JsonNode body, long elapsedMs) {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  static HealthProbe get(String path) {
    HttpRequest request = HttpRequest.newBuilder(
            URI.create(RestAssured.baseURI + ":" + RestAssured.port + path))
        .timeout(Duration.ofSeconds(30))
        .GET()
        .build();
    long startedAt = System.nanoTime();
    try {
      HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt);
      return new HealthProbe(response.statusCode(), JSON.readTree(response.body()), elapsedMs);
    } catch (IOException e) {
      throw new IllegalStateException("GET " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static HealthProbe ready() {
    return get("/q/health/ready");
  }

  static HealthProbe live() {
    return get("/q/health/live");
  }

  /**
   * Waits until readiness reports every named check as passed. The first driver session of a
   * cold JVM can take longer than a check's timeout, so tests start from a warmed-up app.
   */
  static void awaitPassing(List<String> names) {
    Awaitility.await("readiness with every dependency answering")
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> {
          HealthProbe probe = ready();
          return probe.statusCode() == 200
              && names.stream().allMatch(name -> "PASSED".equals(probe.data(name, "result")));
        });
  }

  Optional<JsonNode> check(String name) {
    return StreamSupport.stream(body.path("checks").spliterator(), false)
        .filter(check -> name.equals(check.path("name").asText()))
        .findFirst();
  }

  /** Returns a data field of the named check, or an empty string when absent. */
  String data(String name, String field) {
    return check(name).map(check -> check.path("data").path(field).asText()).orElse("");
  }

  String status(String name) {
    return check(name).map(check -> check.path("status").asText()).orElse("");
  }
}
