package dev.testpod.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every field of the resource has a description, so that {@code kubectl explain tpr} helps. */
class SchemaDescriptionTest {

  /**
   * Fields typed with core/v1 models. fabric8 7.5.2 generates their inner schema without
   * descriptions, so only the field itself is checked.
   */
  private static final List<String> CORE_V1_FIELDS =
      List.of("spec.env", "spec.envFrom", "spec.resources", "status.conditions");

  private final Map<String, JsonNode> nodes =
      SchemaTree.nodesByPath("", CommittedCrd.openApiSchema());

  @Test
  void everySpecAndStatusFieldHasDescription() {
    List<String> undescribed =
        nodes.entrySet().stream()
            .filter(entry -> isOwnField(entry.getKey()))
            .filter(entry -> entry.getValue().path("description").asText().isBlank())
            .map(Map.Entry::getKey)
            .toList();

    assertThat(nodes).containsKeys("spec", "spec.healthCheck.timeout", "status.validation.lastProbe.pod");
    assertThat(undescribed).as("fields without a description").isEmpty();
  }

  @Test
  void coreV1FieldsExistInSchema() {
    assertThat(nodes).containsKeys(CORE_V1_FIELDS.toArray(String[]::new));
  }

  /**
   * Tells whether a path names a field this project declares: not the root, not an array item or
   * map value (described by their field), and not inside a core/v1 type.
   */
  private static boolean isOwnField(String path) {
    if (path.isEmpty() || path.endsWith("[]") || path.endsWith("{}")) {
      return false;
    }
    return CORE_V1_FIELDS.stream()
        .noneMatch(field -> path.startsWith(field + ".") || path.startsWith(field + "[]"));
  }
}
