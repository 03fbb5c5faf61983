package dev.testpod.operator.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testpod.api.TestPodReleaseSpec;
import io.fabric8.kubernetes.api.model.EnvFromSourceBuilder;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SpecValidatorTest {

  private static final String DIGEST = "sha256:abababababababababababababababababababababababababababababababab";

  private final SpecValidator validator = new SpecValidator(new ReferenceLookup() {
    private final Map<String, Set<String>> secrets = Map.of("db", Set.of("password"));
    private final Map<String, Set<String>> configMaps = Map.of("settings", Set.of("mode"));

    @Override
    public Optional<Set<String>> secretKeys(String namespace, String name) {
      return Optional.ofNullable(secrets.get(name));
    }

    @Override
    public Optional<Set<String>> configMapKeys(String namespace, String name) {
      return Optional.ofNullable(configMaps.get(name));
    }
  });

  @ParameterizedTest
  @ValueSource(strings = {
      "ghcr.io/acme/test-pod-app:1.4.2",
      "registry.local:5000/team/app:v1",
      "app:1.0",
      "ghcr.io/acme/test-pod-app@" + DIGEST,
      "ghcr.io/acme/test-pod-app:1.4.2@" + DIGEST})
  void acceptsValidImages(String image) {
    assertThat(validator.validate("ns", spec(image))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ghcr.io/Acme/app:1.0|the repository must be lower case",
      "ghcr.io/acme/app@sha256:abc|exactly 64 lower-case hex characters",
      "ghcr.io/acme/app:latest|the tag 'latest' is not allowed",
      "ghcr.io/acme/app|a tag or an @sha256 digest is required",
      "ghcr.io/acme/app:bad tag|expected registry/repository:tag"})
  void rejectsInvalidImagesNamingTheProblem(String image, String problem) {
    List<SpecViolation> violations = validator.validate("ns", spec(image));

    assertThat(violations).singleElement().satisfies(violation -> {
      assertThat(violation.field()).isEqualTo("spec.image");
      assertThat(violation.value()).isEqualTo(image);
      assertThat(violation.problem()).contains(problem);
    });
  }

  @Test
  void rejectsOutOfRangeNumbersAndDurations() {
    TestPodReleaseSpec spec = spec("app:1.0");
    spec.setReplicas(51);
    spec.setPort(0);
    spec.getHealthCheck().setTimeout("2h");
    spec.getHealthCheck().setInterval("soon");
    spec.getHealthCheck().setSuccessThreshold(0);
    spec.getHealthCheck().setPath("health");
    spec.getRollback().setRevisionHistoryLimit(101);

    assertThat(validator.validate("ns", spec)).extracting(SpecViolation::describe).containsExactly(
        "spec.replicas \"51\" is invalid: must be between 0 and 50",
        "spec.port \"0\" is invalid: must be between 1 and 65535",
        "spec.healthCheck.path \"health\" is invalid: must start with '/'",
        "spec.healthCheck.timeout \"2h\" is invalid: must be between 10s and 1h",
        "spec.healthCheck.interval \"soon\" is invalid: must be a duration such as 30s, 5m or 1h",
        "spec.healthCheck.successThreshold \"0\" is invalid: must be between 1 and 20",
        "spec.rollback.revisionHistoryLimit \"101\" is invalid: must be between 1 and 100");
  }

  @Test
  void checksReferencesUnlessOptional() {
    TestPodReleaseSpec spec = spec("app:1.0");
    spec.setEnvFrom(List.of(
        new EnvFromSourceBuilder().withNewSecretRef().withName("db").endSecretRef().build(),
        new EnvFromSourceBuilder().withNewConfigMapRef().withName("missing").endConfigMapRef().build(),
        new EnvFromSourceBuilder().withNewSecretRef().withName("absent").withOptional(true).endSecretRef().build()));
    spec.setEnv(List.of(
        new EnvVarBuilder().withName("A").withNewValueFrom().withNewSecretKeyRef("password", "db", null).endValueFrom().build(),
        new EnvVarBuilder().withName("B").withNewValueFrom().withNewSecretKeyRef("user", "db", null).endValueFrom().build(),
        new EnvVarBuilder().withName("C").withNewValueFrom().withNewConfigMapKeyRef("mode", "other", null).endValueFrom().build()));

    assertThat(validator.validate("preprod", spec)).extracting(SpecViolation::field).containsExactly(
        "spec.envFrom[1].configMapRef.name",
        "spec.env[1].valueFrom.secretKeyRef.key",
        "spec.env[2].valueFrom.configMapKeyRef.name");
  }

  private static TestPodReleaseSpec spec(String image) {
    TestPodReleaseSpec spec = new TestPodReleaseSpec();
    spec.setImage(image);
    return spec;
  }
}
