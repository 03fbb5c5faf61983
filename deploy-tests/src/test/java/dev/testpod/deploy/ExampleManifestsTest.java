package dev.testpod.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testpod.api.TestPodRelease;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExampleManifestsTest {

  private static final Path EXAMPLES = RepositoryLayout.deploy().resolve("examples");

  @Test
  void releaseExampleParsesAsTestPodRelease() throws IOException {
    TestPodRelease release = Serialization.unmarshal(
        Files.readString(EXAMPLES.resolve("release.yaml")), TestPodRelease.class);

    assertThat(release.getMetadata().getName()).isEqualTo("test-pod");
    assertThat(release.getSpec().getImage()).as("spec.image").matches(".+:[0-9][^:]*").doesNotEndWith(":latest");
    assertThat(release.getSpec().getNotifications()).as("spec.notifications").isNotNull();
  }

  @Test
  void releaseExampleMatchesInstalledCrdSchema() throws IOException {
    CustomResourceDefinition crd = RenderedManifests.of(".")
        .get(CustomResourceDefinition.class, "testpodreleases.testpod.dev");
    Object release = Serialization.unmarshal(Files.readString(EXAMPLES.resolve("release.yaml")), Map.class);

    assertThat(CrdSchema.of(crd).violations(release)).isEmpty();
  }

  @Test
  void localExampleMatchesCrdSchemaAndLocalRegistry() throws IOException {
    CustomResourceDefinition crd = RenderedManifests.of(".")
        .get(CustomResourceDefinition.class, "testpodreleases.testpod.dev");
    Path example = RepositoryLayout.root().resolve("local/examples/release.yaml");
    Object release = Serialization.unmarshal(Files.readString(example), Map.class);
    TestPodRelease typed = Serialization.unmarshal(Files.readString(example), TestPodRelease.class);

    assertThat(CrdSchema.of(crd).violations(release)).isEmpty();
    assertThat(typed.getSpec().getImage()).as("a tag the local registry lists by default")
        .isEqualTo("ghcr.io/acme/test-pod-app:1.0.0");
  }

  @Test
  void crdSchemaRejectsMisspelledField() throws IOException {
    CustomResourceDefinition crd = RenderedManifests.of(".")
        .get(CustomResourceDefinition.class, "testpodreleases.testpod.dev");
    String misspelled = Files.readString(EXAMPLES.resolve("release.yaml")).replace("  replicas: 2", "  replica: 2");

    assertThat(CrdSchema.of(crd).violations(Serialization.unmarshal(misspelled, Map.class)))
        .anySatisfy(message -> assertThat(message).contains("replica"));
  }

  @Test
  void notificationSecretHoldsOnlyPlaceholders() throws IOException {
    Secret secret = Serialization.unmarshal(
        Files.readString(EXAMPLES.resolve("notification-secret.yaml")), Secret.class);

    assertThat(secret.getStringData()).containsOnlyKeys("slack", "teams", "pager");
    assertThat(secret.getStringData().values()).allSatisfy(value -> {
      assertThat(value).startsWith("REPLACE-WITH-");
      assertThat(value).doesNotContain("://");
    });
    assertThat(secret.getData()).as("base64 data").isNullOrEmpty();
  }
}
