package dev.testpod.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.re2j.Pattern;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class CrdDefinitionTest {

  private final JsonNode crd = CommittedCrd.definition();
  private final JsonNode version = CommittedCrd.version();

  @Test
  void namesAndScopeMatchTheResource() {
    assertThat(crd.at("/metadata/name").asText()).isEqualTo("testpodreleases.testpod.dev");
    assertThat(crd.at("/spec/group").asText()).isEqualTo(TestPodRelease.GROUP);
    assertThat(crd.at("/spec/scope").asText()).isEqualTo("Namespaced");
    assertThat(crd.at("/spec/names/kind").asText()).isEqualTo(TestPodRelease.KIND);
    assertThat(crd.at("/spec/names/plural").asText()).isEqualTo(TestPodRelease.PLURAL);
    assertThat(crd.at("/spec/names/singular").asText()).isEqualTo("testpodrelease");
    assertThat(texts(crd.at("/spec/names/shortNames"))).containsExactly("tpr");
  }

  @Test
  void servesOneStoredVersionWithStatusSubresource() {
    assertThat(crd.at("/spec/versions").size()).isEqualTo(1);
    assertThat(version.path("name").asText()).isEqualTo(TestPodRelease.VERSION);
    assertThat(version.path("served").asBoolean()).isTrue();
    assertThat(version.path("storage").asBoolean()).isTrue();
    assertThat(version.at("/subresources/status").isObject()).as("status subresource").isTrue();
    assertThat(version.at("/subresources/scale").isMissingNode()).as("scale subresource").isTrue();
  }

  @Test
  void definesFivePrinterColumns() {
    // The generator orders columns by JSON path, so only the set of columns is checked.
    assertThat(version.path("additionalPrinterColumns"))
        .extracting(
            column -> column.path("name").asText(),
            column -> column.path("jsonPath").asText(),
            column -> column.path("type").asText())
        .containsExactlyInAnyOrder(
            tuple("Image", ".spec.image", "string"),
            tuple("Phase", ".status.phase", "string"),
            tuple("Revision", ".status.revision", "integer"),
            tuple("Stable", ".status.stableRevision", "integer"),
            tuple("Age", ".metadata.creationTimestamp", "date"));
  }

  @Test
  void schemaNeverPreservesUnknownFields() {
    assertThat(pathsWhere(node -> node.has("x-kubernetes-preserve-unknown-fields")))
        .as("schema nodes with x-kubernetes-preserve-unknown-fields, which keep unknown fields")
        .isEmpty();
  }

  @Test
  void schemaIsStructural() {
    // apiextensions.k8s.io/v1 accepts only structural schemas: every node names its type (or is
    // int-or-string), a node never has both properties and additionalProperties, and uniqueItems
    // is not allowed.
    assertThat(pathsWhere(node -> !node.has("type") && !node.path("x-kubernetes-int-or-string").asBoolean()))
        .as("schema nodes without a type")
        .isEmpty();
    assertThat(pathsWhere(node -> node.has("properties") && node.has("additionalProperties")))
        .as("schema nodes with both properties and additionalProperties")
        .isEmpty();
    assertThat(pathsWhere(node -> node.has("uniqueItems"))).as("schema nodes with uniqueItems").isEmpty();
  }

  @Test
  void specRequiresImageOnly() {
    assertThat(texts(CommittedCrd.specSchema().path("required"))).containsExactly("image");
    assertThat(CommittedCrd.openApiSchema().has("required")).as("spec itself is optional").isFalse();
  }

  @Test
  void everyPatternCompilesWithRe2() {
    // The API server compiles OpenAPI patterns with Go's RE2 engine. RE2J accepts the same syntax.
    Map<String, JsonNode> nodes = SchemaTree.nodesByPath("", CommittedCrd.openApiSchema());
    List<Map.Entry<String, JsonNode>> patterned =
        nodes.entrySet().stream().filter(entry -> entry.getValue().has("pattern")).toList();

    assertThat(patterned).extracting(Map.Entry::getKey).contains("spec.image", "spec.healthCheck.timeout");
    for (Map.Entry<String, JsonNode> entry : patterned) {
      String pattern = entry.getValue().get("pattern").asText();
      assertThatCode(() -> Pattern.compile(pattern))
          .as("pattern of %s: %s", entry.getKey(), pattern)
          .doesNotThrowAnyException();
    }
  }

  private static List<String> pathsWhere(Predicate<JsonNode> condition) {
    return SchemaTree.nodesByPath("", CommittedCrd.openApiSchema()).entrySet().stream()
        .filter(entry -> condition.test(entry.getValue()))
        .map(Map.Entry::getKey)
        .toList();
  }

  private static List<String> texts(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }
}
