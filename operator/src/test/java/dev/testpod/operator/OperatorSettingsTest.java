package dev.testpod.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OperatorSettingsTest {

  @Test
  void emptyEnvironmentGivesDefaults() {
    OperatorSettings settings = OperatorSettings.fromEnvironment(Map.of());

    assertThat(settings.namespaces()).isEmpty();
    assertThat(settings.serverSideApply()).isTrue();
    assertThat(settings.probeTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(settings.requeueInterval()).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void environmentOverridesEachSetting() {
    OperatorSettings settings = OperatorSettings.fromEnvironment(Map.of(
        OperatorSettings.ENV_NAMESPACES, "preprod, prod",
        OperatorSettings.ENV_SERVER_SIDE_APPLY, "false",
        OperatorSettings.ENV_PROBE_TIMEOUT, "5s",
        OperatorSettings.ENV_REQUEUE_INTERVAL, "2m"));

    assertThat(settings.namespaces()).isEqualTo(Set.of("preprod", "prod"));
    assertThat(settings.serverSideApply()).isFalse();
    assertThat(settings.probeTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(settings.requeueInterval()).isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void malformedValueNamesTheVariable() {
    assertThatThrownBy(() -> OperatorSettings.fromEnvironment(Map.of(OperatorSettings.ENV_PROBE_TIMEOUT, "fast")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("TESTPOD_PROBE_TIMEOUT \"fast\" is invalid: expected a duration such as 2s, 1m or 1h");
    assertThatThrownBy(() -> OperatorSettings.fromEnvironment(Map.of(OperatorSettings.ENV_SERVER_SIDE_APPLY, "yes")))
        .hasMessage("TESTPOD_SERVER_SIDE_APPLY \"yes\" is invalid: expected true or false");
  }
}
