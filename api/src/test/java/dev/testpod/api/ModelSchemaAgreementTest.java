package dev.testpod.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The Java model and the CRD schema describe the same resource: manifests read into the model, and
 * the model written back out passes the schema, unknown fields rejected.
 */
class ModelSchemaAgreementTest {

  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
  private static final ManifestValidator VALIDATOR = new ManifestValidator();

  @Test
  void fullManifestReadsIntoModel() throws IOException {
    TestPodReleaseSpec spec = readFixture("/manifests/valid/full.yaml").getSpec();

    assertThat(spec.getImage()).isEqualTo("ghcr.io/acme/test-pod-app:1.4.2");
    assertThat(spec.getReplicas()).isEqualTo(2);
    assertThat(spec.getEnv()).extracting(env -> env.getName()).containsExactly("QUARKUS_LOG_LEVEL", "DB_PASSWORD");
    assertThat(spec.getEnvFrom().get(1).getPrefix()).isEqualTo("APP_");
    assertThat(spec.getResources().getLimits().get("memory").toString()).isEqualTo("512Mi");
    assertThat(spec.getHealthCheck().getTimeout()).isEqualTo("5m");
    assertThat(spec.getRollback().getRevisionHistoryLimit()).isEqualTo(10);
    assertThat(spec.getNotifications().getSlack().getWebhookSecretRef().getName()).isEqualTo("hooks");
    assertThat(spec.getNotifications().getSlack().getWebhookSecretRef().getKey()).isEqualTo("slack");
    assertThat(spec.getNotifications().getWebhooks().get(0).getUrlSecretRef().getKey()).isEqualTo("pager");
    assertThat(spec.getNotifications().getOn())
        .containsExactly(Outcome.Succeeded, Outcome.RolledBack, Outcome.Failed);
  }

  @Test
  void modelWrittenFromFullManifestPassesSchema() throws IOException {
    TestPodRelease release = readFixture("/manifests/valid/full.yaml");

    assertThat(VALIDATOR.validate(toJson(release))).isEmpty();
  }

  @Test
  void javaDefaultsPassSchema() {
    TestPodReleaseSpec spec = new TestPodReleaseSpec();
    spec.setImage("ghcr.io/acme/test-pod-app:1.4.2");
    TestPodRelease release = new TestPodRelease();
    release.setMetadata(new ObjectMetaBuilder().withName("test-pod").withNamespace("preprod").build());
    release.setSpec(spec);

    JsonNode json = toJson(release);

    assertThat(json.at("/spec/healthCheck/timeout").asText()).isEqualTo("5m");
    assertThat(VALIDATOR.validate(json)).isEmpty();
  }

  @Test
  void javaDefaultsEqualSchemaDefaults() {
    TestPodReleaseSpec spec = new TestPodReleaseSpec();
    JsonNode schema = CommittedCrd.specSchema().path("properties");

    assertThat(spec.getReplicas()).isEqualTo(schema.at("/replicas/default").asInt());
    assertThat(spec.getPort()).isEqualTo(schema.at("/port/default").asInt());
    assertThat(spec.getPaused()).isEqualTo(schema.at("/paused/default").asBoolean());
    JsonNode healthCheck = schema.at("/healthCheck/properties");
    assertThat(spec.getHealthCheck().getPath()).isEqualTo(healthCheck.at("/path/default").asText());
    assertThat(spec.getHealthCheck().getTimeout()).isEqualTo(healthCheck.at("/timeout/default").asText());
    assertThat(spec.getHealthCheck().getInterval()).isEqualTo(healthCheck.at("/interval/default").asText());
    assertThat(spec.getHealthCheck().getSuccessThreshold())
        .isEqualTo(healthCheck.at("/successThreshold/default").asInt());
    assertThat(spec.getHealthCheck().getFailFast())
        .isEqualTo(healthCheck.at("/failFast/default").asBoolean());
    JsonNode rollback = schema.at("/rollback/properties");
    assertThat(spec.getRollback().getAutomatic()).isEqualTo(rollback.at("/automatic/default").asBoolean());
    assertThat(spec.getRollback().getRevisionHistoryLimit())
        .isEqualTo(rollback.at("/revisionHistoryLimit/default").asInt());
  }

  private static TestPodRelease readFixture(String resource) throws IOException {
    try (InputStream in = ModelSchemaAgreementTest.class.getResourceAsStream(resource)) {
      return SERIALIZATION.unmarshal(in, TestPodRelease.class);
    }
  }

  private static JsonNode toJson(TestPodRelease release) {
    return SERIALIZATION.convertValue(release, JsonNode.class);
  }
}
