package dev.testpod.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Validates good and bad TestPodRelease manifests against the committed CRD's OpenAPI schema. */
class SpecSchemaTest {

  private static final ManifestValidator VALIDATOR = new ManifestValidator();

  @ParameterizedTest
  @ValueSource(strings = {"full.yaml", "minimal.yaml", "bounds.yaml"})
  void acceptsValidManifest(String fixture) {
    assertThat(VALIDATOR.validateResource("/manifests/valid/" + fixture)).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1} ({2})")
  @CsvSource({
    "missing-image,                    $.spec.image,                                       required",
    "image-latest,                     $.spec.image,                                       pattern",
    "image-latest-with-digest,         $.spec.image,                                       pattern",
    "image-without-tag,                $.spec.image,                                       pattern",
    "image-upper-case-repository,      $.spec.image,                                       pattern",
    "image-short-digest,               $.spec.image,                                       pattern",
    "replicas-negative,                $.spec.replicas,                                    minimum",
    "replicas-above-50,                $.spec.replicas,                                    maximum",
    "replicas-as-text,                 $.spec.replicas,                                    type",
    "port-zero,                        $.spec.port,                                        minimum",
    "port-above-65535,                 $.spec.port,                                        maximum",
    "revision-history-limit-zero,      $.spec.rollback.revisionHistoryLimit,               minimum",
    "revision-history-limit-above-100, $.spec.rollback.revisionHistoryLimit,               maximum",
    "success-threshold-zero,           $.spec.healthCheck.successThreshold,                minimum",
    "success-threshold-above-20,       $.spec.healthCheck.successThreshold,                maximum",
    "timeout-in-words,                 $.spec.healthCheck.timeout,                         pattern",
    "interval-empty,                   $.spec.healthCheck.interval,                        minLength",
    "interval-in-milliseconds,         $.spec.healthCheck.interval,                        pattern",
    "health-path-relative,             $.spec.healthCheck.path,                            pattern",
    "slack-without-secret-ref,         $.spec.notifications.slack.webhookSecretRef,        required",
    "slack-secret-ref-without-name,    $.spec.notifications.slack.webhookSecretRef.name,   required",
    "teams-secret-ref-with-empty-key,  $.spec.notifications.teams.webhookSecretRef.key,    minLength",
    "webhook-secret-ref-without-key,   $.spec.notifications.webhooks[0].urlSecretRef.key,  required",
    "notify-on-unknown-outcome,        $.spec.notifications.on[1],                         enum",
    "unknown-spec-field,               $.spec.replica,                                     additionalProperties",
    "unknown-health-check-field,       $.spec.healthCheck.readinessPath,                   additionalProperties",
  })
  void rejectsInvalidManifestNamingTheField(String fixture, String field, String keyword) {
    List<ValidationMessage> violations =
        VALIDATOR.validateResource("/manifests/invalid/" + fixture + ".yaml");

    assertThat(violations).as("violations of %s", fixture).hasSize(1);
    ValidationMessage violation = violations.get(0);
    assertThat(violation.getType()).as("keyword of %s", violation).isEqualTo(keyword);
    assertThat(fieldOf(violation)).as("field of %s", violation).isEqualTo(field);
    assertThat(violation.getMessage()).contains(lastSegment(field));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "test-pod-app:1.4.2",
        "ghcr.io/acme/test-pod-app:1.4.2",
        "localhost:5000/test-pod-app:v2",
        "registry.example.com:8443/platform/tools/test-pod-app:2026.12.04-rc.1",
        "ghcr.io/acme/test-pod-app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
        "ghcr.io/acme/test-pod-app:1.4.2@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
        "ghcr.io/acme/test-pod-app:Latest",
        "ghcr.io/acme/test-pod-app:latest-1",
      })
  void acceptsImage(String image) {
    assertThat(VALIDATOR.validate(manifestWithImage(image))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ghcr.io/acme/test-pod-app",
        "ghcr.io/acme/test-pod-app:latest",
        "ghcr.io/Acme/test-pod-app:1.4.2",
        "GHCR.IO/acme/test-pod-app:1.4.2",
        "ghcr.io/acme/test-pod-app@sha256:0123456789abcdef",
        "ghcr.io/acme/test-pod-app@sha256:0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF",
        "ghcr.io/acme/test-pod-app@md5:0123456789abcdef0123456789abcdef",
        "https://ghcr.io/acme/test-pod-app:1.4.2",
        "ghcr.io/acme/test-pod-app:1.4.2 ",
        "",
      })
  void rejectsImage(String image) {
    List<ValidationMessage> violations = VALIDATOR.validate(manifestWithImage(image));

    assertThat(violations).extracting(ValidationMessage::getType).containsExactly("pattern");
    assertThat(violations).extracting(SpecSchemaTest::fieldOf).containsExactly("$.spec.image");
  }

  private static ObjectNode manifestWithImage(String image) {
    ObjectNode manifest = (ObjectNode) ManifestValidator.readResource("/manifests/valid/minimal.yaml");
    ((ObjectNode) manifest.get("spec")).put("image", image);
    return manifest;
  }

  /**
   * Returns the path of the offending field. A missing or unknown property is reported on its
   * parent object, so the property name is appended.
   */
  private static String fieldOf(ValidationMessage violation) {
    String location = violation.getInstanceLocation().toString();
    String keyword = violation.getType();
    boolean reportedOnParent = keyword.equals("required") || keyword.equals("additionalProperties");
    return reportedOnParent ? location + "." + violation.getProperty() : location;
  }

  private static String lastSegment(String field) {
    return field.substring(field.lastIndexOf('.') + 1);
  }
}
