package dev.testpod.app.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Rejects settings that an enabled check cannot run with, naming each setting at fault. */
final class ChecksConfigValidator {
  private final List<String> problems = new ArrayList<>();

  private ChecksConfigValidator() {}

  static void validate(ChecksConfig config) {
    ChecksConfigValidator validator = new ChecksConfigValidator();
    validator.postgres(config.postgres());
    validator.cassandra(config.cassandra());
    validator.blob(config.blob());
    validator.s3(config.s3());
    if (!validator.problems.isEmpty()) {
      throw new IllegalStateException(
          "Invalid dependency check settings: " + String.join("; ", validator.problems));
    }
  }

  private void postgres(ChecksConfig.PostgresSettings settings) {
    if (common("postgres", settings)) {
      require("postgres", "host", settings.host());
      require("postgres", "database", settings.database());
      require("postgres", "username", settings.username());
      if (settings.port() < 1 || settings.port() > 65535) {
        problems.add("testpod.checks.postgres.port=" + settings.port()
            + " is invalid: it must be between 1 and 65535");
      }
    }
  }

  private void cassandra(ChecksConfig.CassandraSettings settings) {
    if (common("cassandra", settings)) {
      require("cassandra", "contact-points", settings.contactPoints());
    }
  }

  private void blob(ChecksConfig.BlobSettings settings) {
    if (common("blob", settings)) {
      require("blob", "container", settings.container());
      if (settings.connectionString().isEmpty()) {
        String suffix = " (required unless testpod.checks.blob.connection-string is set)";
        requireWithReason("blob", "endpoint", settings.endpoint(), suffix);
        requireWithReason("blob", "account-name", settings.accountName(), suffix);
        requireWithReason("blob", "account-key", settings.accountKey(), suffix);
      }
    }
  }

  private void s3(ChecksConfig.S3Settings settings) {
    if (common("s3", settings)) {
      require("s3", "endpoint", settings.endpoint());
      require("s3", "access-key", settings.accessKey());
      require("s3", "secret-key", settings.secretKey());
      require("s3", "bucket", settings.bucket());
    }
  }

  /** Checks the settings every check has and returns whether the check is enabled. */
  private boolean common(String name, ChecksConfig.CommonSettings settings) {
    if (!settings.enabled()) {
      return false;
    }
    if (settings.timeout().isNegative() || settings.timeout().isZero()) {
      problems.add("testpod.checks." + name + ".timeout=" + settings.timeout()
          + " is invalid: it must be positive, such as 2s");
    }
    if (settings.cacheTtl().isNegative()) {
      problems.add("testpod.checks." + name + ".cache-ttl=" + settings.cacheTtl()
          + " is invalid: it must be zero or positive, such as 5s");
    }
    return true;
  }

  private void require(String name, String key, Optional<?> value) {
    requireWithReason(name, key, value,
        " (required when testpod.checks." + name + ".enabled=true)");
  }

  private void requireWithReason(String name, String key, Optional<?> value, String reason) {
    boolean blank = value.map(v -> v instanceof String text && text.isBlank()).orElse(true);
    if (blank) {
      problems.add("testpod.checks." + name + "." + key + " is missing" + reason);
    }
  }
}
