package dev.testpod.operator.health;

import java.util.Map;

/**
 * The result of a health check: {@code up} decides the HTTP status (200 or 503) and
 * {@code details} becomes the JSON body.
 */
public record HealthReport(boolean up, Map<String, Object> details) {

  public HealthReport {
    details = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
  }
}
