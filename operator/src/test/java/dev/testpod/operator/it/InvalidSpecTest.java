package dev.testpod.operator.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.testpod.api.ConditionType;
import dev.testpod.api.EventReason;
import dev.testpod.api.Phase;
import dev.testpod.api.TestPodRelease;
import dev.testpod.api.TestPodReleaseSpec;
import dev.testpod.operator.support.OperatorTestBase;
import io.fabric8.kubernetes.api.model.EnvFromSourceBuilder;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InvalidSpecTest extends OperatorTestBase {

  private static final String GOOD = "ghcr.io/acme/test-pod-app:1.0.0";

  static Stream<Arguments> invalidSpecs() {
    return Stream.of(
        invalid("missing Secret in envFrom",
            spec -> spec.setEnvFrom(List.of(
                new EnvFromSourceBuilder().withNewSecretRef().withName("db-credentials").endSecretRef().build())),
            "spec.envFrom[0].secretRef.name \"db-credentials\""),
        invalid("missing key of an existing Secret",
            spec -> spec.setEnv(List.of(new EnvVarBuilder().withName("PASSWORD")
                .withNewValueFrom().withNewSecretKeyRef("pasword", "hooks", null).endValueFrom().build())),
            "spec.env[0].valueFrom.secretKeyRef.key \"pasword\""),
        invalid("upper-case repository",
            spec -> spec.setImage("ghcr.io/Acme/test-pod-app:1.1.0"),
            "spec.image \"ghcr.io/Acme/test-pod-app:1.1.0\" is invalid: the repository must be lower case"),
        invalid("short digest",
            spec -> spec.setImage("ghcr.io/acme/test-pod-app@sha256:abc123"),
            "64 lower-case hex characters"),
        invalid("latest tag",
            spec -> spec.setImage("ghcr.io/acme/test-pod-app:latest"),
            "the tag 'latest' is not allowed"),
        invalid("negative replicas",
            spec -> spec.setReplicas(-1),
            "spec.replicas \"-1\" is invalid: must be between 0 and 50"),
        invalid("timeout below 10s",
            spec -> spec.getHealthCheck().setTimeout("5s"),
            "spec.healthCheck.timeout \"5s\""));
  }

  private static Arguments invalid(String name, Consumer<TestPodReleaseSpec> change, String expected) {
    return Arguments.of(name, change, expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidSpecs")
  void invalidSpecLeavesRunningRevisionUntouched(String name, Consumer<TestPodReleaseSpec> change, String expected) {
    client.resource(new SecretBuilder().withNewMetadata().withName("hooks").withNamespace(namespace).endMetadata()
        .addToStringData("password", "s3cret").build()).create();
    createSucceeded("app", GOOD, 1);
    String deploymentVersion = deployment("app").getMetadata().getResourceVersion();

    update("app", release -> change.accept(release.getSpec()));
    TestPodRelease release = awaitPhase("app", Phase.Invalid);

    assertThat(release.getStatus().getMessage()).contains(expected).contains("revision 1 keeps running");
    assertThat(release.getStatus().getMessage()).doesNotContain("s3cret");
    assertThat(release.getStatus().getRevision()).isEqualTo(1L);
    assertThat(release.getStatus().getObservedGeneration()).isEqualTo(release.getMetadata().getGeneration());
    assertThat(release.getStatus().getConditions()).filteredOn(condition -> ConditionType.DEGRADED.equals(condition.getType()))
        .singleElement().satisfies(condition -> assertThat(condition.getStatus()).isEqualTo("True"));
    assertThat(events(EventReason.InvalidSpec)).singleElement().satisfies(event -> {
      assertThat(event.getType()).isEqualTo("Warning");
      assertThat(event.getMessage()).contains(expected);
    });
    await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> phase("app") == Phase.Invalid);
    assertThat(deployment("app").getMetadata().getResourceVersion()).isEqualTo(deploymentVersion);
    assertThat(controllerRevisions("app")).hasSize(1);
    assertThat(events(EventReason.InvalidSpec)).singleElement()
        .satisfies(event -> assertThat(event.getCount()).as("one event for one invalid spec").isEqualTo(1));
  }

  @Test
  void invalidFirstReleaseCreatesNothing() {
    TestPodRelease release = release("app", "ghcr.io/acme/test-pod-app", 1);
    create(release);

    TestPodRelease invalid = awaitPhase("app", Phase.Invalid);

    assertThat(invalid.getStatus().getMessage()).contains("a tag or an @sha256 digest is required");
    assertThat(invalid.getStatus().getRevision()).isNull();
    assertThat(deployment("app")).isNull();
    assertThat(controllerRevisions("app")).isEmpty();
  }

  @Test
  void digestOnlyImageIsDeployedExactlyAsGiven() {
    String image = "ghcr.io/acme/test-pod-app@sha256:" + "0123456789abcdef".repeat(4);

    TestPodRelease release = createSucceeded("app", image, 1);

    assertThat(release.getStatus().getImage()).isEqualTo(image);
    assertThat(deployedImage("app")).isEqualTo(image);
  }
}
