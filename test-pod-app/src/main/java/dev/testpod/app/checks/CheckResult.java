package dev.testpod.app.checks;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Result of one run of a dependency check, as the API returns it. {@code remediation} is null
 * when the check passed. Messages and string details pass through {@link SecretRedactor}.
 */
public record CheckResult(
    String name,
    CheckStatus status,
    long durationMs,
    String message,
    String remediation,
    Map<String, Object> details) {

  public CheckResult {
    details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  static CheckResult skipped(String name) {
    return new CheckResult(
        name,
        CheckStatus.SKIPPED,
        0,
        "Check is disabled.",
        "Set testpod.checks." + name + ".enabled=true and its connection settings to run it.",
        Map.of());
  }

  public boolean passed() {
    return status == CheckStatus.PASSED;
  }
}
