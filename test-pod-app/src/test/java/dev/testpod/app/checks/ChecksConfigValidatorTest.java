package dev.testpod.app.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChecksConfigValidatorTest {

  @Test
  void defaultsDisableEveryCheck() {
    ChecksConfig config = TestChecks.config(Map.of());

    for (ChecksConfig.CommonSettings settings :
        new ChecksConfig.CommonSettings[] {config.postgres(), config.cassandra(), config.blob(),
            config.s3()}) {
      assertThat(settings.enabled()).isFalse();
      assertThat(settings.critical()).isFalse();
      assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(2));
      assertThat(settings.cacheTtl()).isEqualTo(Duration.ofSeconds(5));
    }
    assertThat(config.postgres().port()).isEqualTo(5432);
    assertThat(config.cassandra().localDatacenter()).isEqualTo("datacenter1");
    assertThat(config.s3().region()).isEqualTo("us-east-1");
    assertThatCode(() -> ChecksConfigValidator.validate(config)).doesNotThrowAnyException();
  }

  @Test
  void enabledPostgresNamesEveryMissingSetting() {
    ChecksConfig config = TestChecks.config(Map.of("testpod.checks.postgres.enabled", "true"));

    assertThatThrownBy(() -> ChecksConfigValidator.validate(config))
        .hasMessageContaining("testpod.checks.postgres.host is missing")
        .hasMessageContaining("testpod.checks.postgres.database is missing")
        .hasMessageContaining("testpod.checks.postgres.username is missing");
  }

  @Test
  void blobNeedsConnectionStringOrAccount() {
    ChecksConfig config = TestChecks.config(Map.of(
        "testpod.checks.blob.enabled", "true", "testpod.checks.blob.container", "c"));

    assertThatThrownBy(() -> ChecksConfigValidator.validate(config))
        .hasMessageContaining("testpod.checks.blob.account-key is missing (required unless"
            + " testpod.checks.blob.connection-string is set)");
  }

  @Test
  void rejectsZeroTimeoutAndNamesIt() {
    ChecksConfig config = TestChecks.config(Map.of(
        "testpod.checks.s3.enabled", "true",
        "testpod.checks.s3.timeout", "0s",
        "testpod.checks.s3.endpoint", "http://127.0.0.1:9000",
        "testpod.checks.s3.access-key", "a",
        "testpod.checks.s3.secret-key", "b",
        "testpod.checks.s3.bucket", "c"));

    assertThatThrownBy(() -> ChecksConfigValidator.validate(config))
        .hasMessageContaining("testpod.checks.s3.timeout=PT0S is invalid");
  }

  @Test
  void rejectsCassandraWithoutContactPoints() {
    ChecksConfig config = TestChecks.config(Map.of("testpod.checks.cassandra.enabled", "true"));

    assertThatThrownBy(() -> ChecksConfigValidator.validate(config))
        .hasMessage("Invalid dependency check settings: testpod.checks.cassandra.contact-points"
            + " is missing (required when testpod.checks.cassandra.enabled=true)");
  }
}
