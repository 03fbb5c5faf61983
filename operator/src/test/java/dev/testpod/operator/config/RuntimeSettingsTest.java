package dev.testpod.operator.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.testpod.operator.leader.LeaderElectionSettings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RuntimeSettingsTest {

  @Test
  void defaultsServeAllInterfacesWithLeaderElection() {
    RuntimeSettings settings = RuntimeSettings.fromEnvironment(Map.of("HOSTNAME", "operator-7d9f-abcde"));

    assertThat(settings.httpAddress().getHostAddress()).isEqualTo("0.0.0.0");
    assertThat(settings.httpPort()).isEqualTo(8080);
    assertThat(settings.logFormat()).isEqualTo(LogFormat.TEXT);
    assertThat(settings.logLevel()).isEqualTo(RuntimeSettings.LogLevel.INFO);
    LeaderElectionSettings election = settings.leaderElection();
    assertThat(election.enabled()).isTrue();
    assertThat(election.leaseName()).isEqualTo("testpod-operator");
    assertThat(election.leaseNamespace()).isEmpty();
    assertThat(election.identity()).isEqualTo("operator-7d9f-abcde");
    assertThat(election.leaseDuration()).isEqualTo(Duration.ofSeconds(15));
    assertThat(election.renewDeadline()).isEqualTo(Duration.ofSeconds(10));
    assertThat(election.retryPeriod()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void variablesOverrideDefaults() {
    RuntimeSettings settings = RuntimeSettings.fromEnvironment(Map.of(
        "TESTPOD_OPERATOR_HTTP_ADDRESS", "127.0.0.1",
        "TESTPOD_OPERATOR_HTTP_PORT", "9090",
        "TESTPOD_LEADER_ELECTION", "false",
        "TESTPOD_LEASE_NAME", "testpod-operator-blue",
        "TESTPOD_LEASE_NAMESPACE", "platform",
        "TESTPOD_LEASE_DURATION", "30s",
        "TESTPOD_OPERATOR_IDENTITY", "replica-1",
        "TESTPOD_LOG_FORMAT", "json",
        "TESTPOD_LOG_LEVEL", "debug"));

    assertThat(settings.httpAddress().getHostAddress()).isEqualTo("127.0.0.1");
    assertThat(settings.httpPort()).isEqualTo(9090);
    assertThat(settings.leaderElection().enabled()).isFalse();
    assertThat(settings.leaderElection().leaseName()).isEqualTo("testpod-operator-blue");
    assertThat(settings.leaderElection().leaseNamespace()).contains("platform");
    assertThat(settings.leaderElection().leaseDuration()).isEqualTo(Duration.ofSeconds(30));
    assertThat(settings.leaderElection().identity()).isEqualTo("replica-1");
    assertThat(settings.logFormat()).isEqualTo(LogFormat.JSON);
    assertThat(settings.logLevel()).isEqualTo(RuntimeSettings.LogLevel.DEBUG);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "TESTPOD_OPERATOR_HTTP_PORT    | 80a          | a port number from 0 to 65535",
      "TESTPOD_OPERATOR_HTTP_PORT    | 70000        | a port number from 0 to 65535",
      "TESTPOD_OPERATOR_HTTP_ADDRESS | localhost    | an IP address",
      "TESTPOD_OPERATOR_HTTP_ADDRESS | 300.1.1.1    | an IP address",
      "TESTPOD_LEADER_ELECTION       | yes          | true or false",
      "TESTPOD_LEASE_NAME            | Bad_Name     | a Kubernetes object name",
      "TESTPOD_LEASE_NAMESPACE       | Platform     | a namespace name",
      "TESTPOD_LEASE_DURATION        | 15           | a duration such as 10s",
      "TESTPOD_LEASE_RENEW_DEADLINE  | 20s          | shorter than TESTPOD_LEASE_DURATION (15s)",
      "TESTPOD_LEASE_RETRY_PERIOD    | 10s          | shorter than TESTPOD_LEASE_RENEW_DEADLINE (10s)",
      "TESTPOD_LOG_FORMAT            | xml          | one of text, json",
      "TESTPOD_LOG_LEVEL             | verbose      | one of trace, debug, info, warn, error"})
  void invalidValueIsRejectedByName(String variable, String value, String expected) {
    assertThatThrownBy(() -> RuntimeSettings.fromEnvironment(Map.of(variable, value)))
        .isInstanceOf(InvalidSettingException.class)
        .hasMessageStartingWith(variable + "=\"" + value + "\" is invalid: expected ")
        .hasMessageContaining(expected);
  }

  @Test
  void watchedNamespacesMustBeNamespaceNames() {
    EnvironmentReader reader = new EnvironmentReader(Map.of("TESTPOD_WATCH_NAMESPACES", "preprod, prod ,"));
    assertThat(reader.namespaces("TESTPOD_WATCH_NAMESPACES")).containsExactly("preprod", "prod");

    EnvironmentReader bad = new EnvironmentReader(Map.of("TESTPOD_WATCH_NAMESPACES", "preprod,Prod_1"));
    assertThatThrownBy(() -> bad.namespaces("TESTPOD_WATCH_NAMESPACES"))
        .isInstanceOf(InvalidSettingException.class)
        .hasMessage("TESTPOD_WATCH_NAMESPACES=\"preprod,Prod_1\" is invalid: expected comma-separated namespace "
            + "names (lower-case DNS labels); \"Prod_1\" is not one");
  }
}
