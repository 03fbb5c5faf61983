package dev.testpod.operator.spec;

import dev.testpod.api.HealthCheckSpec;
import dev.testpod.api.RollbackSpec;
import dev.testpod.api.TestPodReleaseSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Validates a spec the way the CRD schema would, plus what no schema can check: that the Secrets
 * and ConfigMaps it names exist. The operator runs this itself because an API server may not
 * enforce the schema.
 */
public final class SpecValidator {

  private static final Duration MIN_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration MAX_TIMEOUT = Duration.ofHours(1);
  private static final Duration MIN_INTERVAL = Duration.ofSeconds(1);
  private static final Duration MAX_INTERVAL = Duration.ofMinutes(5);

  private final ReferenceLookup references;

  public SpecValidator(ReferenceLookup references) {
    this.references = references;
  }

  /** Returns every violation of {@code spec}, in field order; empty when it can be rolled out. */
  public List<SpecViolation> validate(String namespace, TestPodReleaseSpec spec) {
    List<SpecViolation> violations = new ArrayList<>();
    if (spec == null) {
      violations.add(new SpecViolation("spec", "null", "the spec is required"));
      return violations;
    }
    checkImage(spec.getImage(), violations);
    checkRange("spec.replicas", spec.getReplicas(), 0, 50, violations);
    checkRange("spec.port", spec.getPort(), 1, 65535, violations);
    checkHealthCheck(spec.getHealthCheck(), violations);
    checkRollback(spec.getRollback(), violations);
    new EnvReferenceCheck(references, namespace).check(spec, violations);
    return violations;
  }

  private static void checkImage(String image, List<SpecViolation> violations) {
    if (image == null || image.isBlank()) {
      violations.add(new SpecViolation("spec.image", String.valueOf(image), "an image with a tag or digest is required"));
      return;
    }
    ImageReferenceCheck.problem(image)
        .ifPresent(problem -> violations.add(new SpecViolation("spec.image", image, problem)));
  }

  private static void checkHealthCheck(HealthCheckSpec check, List<SpecViolation> violations) {
    if (check == null) {
      return;
    }
    checkPath("spec.healthCheck.path", check.getPath(), violations);
    if (check.getVersionPath() != null) {
      checkPath("spec.healthCheck.versionPath", check.getVersionPath(), violations);
    }
    checkDuration("spec.healthCheck.timeout", check.getTimeout(), MIN_TIMEOUT, MAX_TIMEOUT, violations);
    checkDuration("spec.healthCheck.interval", check.getInterval(), MIN_INTERVAL, MAX_INTERVAL, violations);
    checkRange("spec.healthCheck.successThreshold", check.getSuccessThreshold(), 1, 20, violations);
  }

  private static void checkRollback(RollbackSpec rollback, List<SpecViolation> violations) {
    if (rollback != null) {
      checkRange("spec.rollback.revisionHistoryLimit", rollback.getRevisionHistoryLimit(), 1, 100, violations);
    }
  }

  private static void checkRange(String field, Integer value, int min, int max, List<SpecViolation> violations) {
    if (value != null && (value < min || value > max)) {
      violations.add(new SpecViolation(field, value.toString(), "must be between " + min + " and " + max));
    }
  }

  private static void checkPath(String field, String path, List<SpecViolation> violations) {
    if (path != null && !path.startsWith("/")) {
      violations.add(new SpecViolation(field, path, "must start with '/'"));
    }
  }

  private static void checkDuration(
      String field, String text, Duration min, Duration max, List<SpecViolation> violations) {
    if (text == null) {
      return;
    }
    Optional<Duration> duration = GoDuration.parse(text);
    if (duration.isEmpty()) {
      violations.add(new SpecViolation(field, text, "must be a duration such as 30s, 5m or 1h"));
    } else if (duration.get().compareTo(min) < 0 || duration.get().compareTo(max) > 0) {
      violations.add(new SpecViolation(
          field, text, "must be between " + GoDurationText.of(min) + " and " + GoDurationText.of(max)));
    }
  }
}
