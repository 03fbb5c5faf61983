package dev.testpod.operator.probe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a SmallRye Health (MicroProfile Health) response body:
 * {@code {"status":"DOWN","checks":[{"name":"postgres","status":"DOWN"}]}}.
 */
final class HealthResponseBody {

  private static final ObjectMapper JSON = new ObjectMapper();

  private HealthResponseBody() {}

  /** Returns the names of the checks with status DOWN, in body order; empty when the body is not such JSON. */
  static List<String> downChecks(String body) {
    if (body == null || body.isBlank()) {
      return List.of();
    }
    JsonNode checks;
    try {
      checks = JSON.readTree(body).path("checks");
    } catch (JsonProcessingException e) {
      return List.of();
    }
    List<String> down = new ArrayList<>();
    for (JsonNode check : checks) {
      JsonNode name = check.path("name");
      if ("DOWN".equals(check.path("status").asText()) && name.isTextual()) {
        down.add(name.asText());
      }
    }
    return down;
  }
}
