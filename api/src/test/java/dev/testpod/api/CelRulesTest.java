package dev.testpod.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The CRD's CEL rules, read from the committed CRD and evaluated with cel-java, because a JSON
 * schema validator cannot run them.
 */
class CelRulesTest {

  private static final Map<String, JsonNode> NODES =
      SchemaTree.nodesByPath("", CommittedCrd.openApiSchema());

  @Test
  void rulesSitOnHealthCheckDurations() {
    Map<String, JsonNode> withRules = withRules();

    assertThat(withRules)
        .containsOnlyKeys("spec.healthCheck", "spec.healthCheck.timeout", "spec.healthCheck.interval");
    assertThat(onlyRule("spec.healthCheck.timeout").path("rule").asText())
        .isEqualTo(HealthCheckSpec.TIMEOUT_RULE);
    assertThat(onlyRule("spec.healthCheck.timeout").path("message").asText())
        .isEqualTo("healthCheck.timeout must be between 10s and 1h");
    assertThat(onlyRule("spec.healthCheck.interval").path("rule").asText())
        .isEqualTo(HealthCheckSpec.INTERVAL_RULE);
    assertThat(onlyRule("spec.healthCheck.interval").path("message").asText())
        .isEqualTo("healthCheck.interval must be between 1s and 5m");
    assertThat(onlyRule("spec.healthCheck").path("rule").asText())
        .isEqualTo(HealthCheckSpec.INTERVAL_NOT_LONGER_THAN_TIMEOUT_RULE);
    assertThat(onlyRule("spec.healthCheck").path("message").asText())
        .isEqualTo("healthCheck.interval must not be longer than healthCheck.timeout");
  }

  @Test
  void everyRuleAndMessageCompiles() {
    withRules().forEach(
        (path, node) -> {
          String type = node.path("type").asText();
          for (JsonNode rule : node.path("x-kubernetes-validations")) {
            assertThatCode(() -> CelRule.compile(rule.path("rule").asText(), type))
                .as("rule on %s", path)
                .doesNotThrowAnyException();
            String message = rule.path("messageExpression").asText();
            assertThatCode(() -> CelRule.compileMessage(message, type))
                .as("messageExpression on %s", path)
                .doesNotThrowAnyException();
          }
        });
  }

  @Test
  void messagesNameFieldAndValue() {
    CelRule timeoutMessage = messageExpression("spec.healthCheck.timeout", "string");
    CelRule intervalMessage = messageExpression("spec.healthCheck.interval", "string");
    CelRule healthCheckMessage = messageExpression("spec.healthCheck", "object");

    assertThat(timeoutMessage.message("2h"))
        .isEqualTo("healthCheck.timeout must be between 10s and 1h, got 2h");
    assertThat(intervalMessage.message("0s"))
        .isEqualTo("healthCheck.interval must be between 1s and 5m, got 0s");
    assertThat(healthCheckMessage.message(Map.of("interval", "2m", "timeout", "1m")))
        .isEqualTo("healthCheck.interval 2m must not be longer than healthCheck.timeout 1m");
  }

  @ParameterizedTest(name = "timeout {0} -> {1}")
  @CsvSource({
    "10s,    true",
    "9s,     false",
    "0s,     false",
    "5m,     true",
    "60m,    true",
    "1h,     true",
    "3600s,  true",
    "1h0m1s, false",
    "3601s,  false",
    "2h,     false",
  })
  void timeoutRuleBoundsTo10sAnd1h(String timeout, boolean accepted) {
    assertThat(durationRule("spec.healthCheck.timeout").accepts(timeout)).isEqualTo(accepted);
  }

  @ParameterizedTest(name = "interval {0} -> {1}")
  @CsvSource({
    "1s,    true",
    "0s,    false",
    "10s,   true",
    "4m59s, true",
    "5m,    true",
    "300s,  true",
    "5m1s,  false",
    "1h,    false",
  })
  void intervalRuleBoundsTo1sAnd5m(String interval, boolean accepted) {
    assertThat(durationRule("spec.healthCheck.interval").accepts(interval)).isEqualTo(accepted);
  }

  @Test
  void healthCheckRuleRejectsIntervalLongerThanTimeout() {
    CelRule rule = CelRule.compile(onlyRule("spec.healthCheck").path("rule").asText(), "object");

    assertThat(rule.accepts(Map.of("interval", "10s", "timeout", "5m"))).isTrue();
    assertThat(rule.accepts(Map.of("interval", "1m", "timeout", "1m"))).isTrue();
    assertThat(rule.accepts(Map.of("interval", "2m", "timeout", "1m"))).isFalse();
    assertThat(rule.accepts(Map.of("interval", "5m", "timeout", "10s"))).isFalse();
    assertThat(rule.accepts(Map.of("timeout", "10s"))).as("interval unset").isTrue();
    assertThat(rule.accepts(Map.of("interval", "5m"))).as("timeout unset").isTrue();
    assertThat(rule.accepts(Map.of())).as("both unset").isTrue();
  }

  @Test
  void defaultDurationsPassTheirRules() {
    String timeoutDefault = NODES.get("spec.healthCheck.timeout").path("default").asText();
    String intervalDefault = NODES.get("spec.healthCheck.interval").path("default").asText();

    assertThat(timeoutDefault).isEqualTo("5m");
    assertThat(intervalDefault).isEqualTo("10s");
    assertThat(durationRule("spec.healthCheck.timeout").accepts(timeoutDefault)).isTrue();
    assertThat(durationRule("spec.healthCheck.interval").accepts(intervalDefault)).isTrue();
  }

  private static CelRule durationRule(String path) {
    return CelRule.compile(onlyRule(path).path("rule").asText(), "string");
  }

  private static CelRule messageExpression(String path, String openApiType) {
    return CelRule.compileMessage(onlyRule(path).path("messageExpression").asText(), openApiType);
  }

  private static JsonNode onlyRule(String path) {
    JsonNode rules = NODES.get(path).path("x-kubernetes-validations");
    assertThat(rules.size()).as("rules on %s", path).isEqualTo(1);
    return rules.get(0);
  }

  private static Map<String, JsonNode> withRules() {
    return NODES.entrySet().stream()
        .filter(entry -> entry.getValue().has("x-kubernetes-validations"))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }
}
