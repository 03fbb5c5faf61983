package dev.testpod.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Flattens an OpenAPI v3 schema into its nodes keyed by field path, such as {@code
 * spec.healthCheck.timeout}. The root is the empty path, array items append {@code []} and map
 * values append {@code {}}.
 */
final class SchemaTree {

  private SchemaTree() {}

  static Map<String, JsonNode> nodesByPath(String rootPath, JsonNode schema) {
    Map<String, JsonNode> nodes = new LinkedHashMap<>();
    collect(rootPath, schema, nodes);
    return nodes;
  }

  private static void collect(String path, JsonNode schema, Map<String, JsonNode> nodes) {
    nodes.put(path, schema);
    schema.path("properties").fields()
        .forEachRemaining(property -> collect(child(path, property.getKey()), property.getValue(), nodes));
    if (schema.has("items")) {
      collect(path + "[]", schema.get("items"), nodes);
    }
    if (schema.path("additionalProperties").isObject()) {
      collect(path + "{}", schema.get("additionalProperties"), nodes);
    }
  }

  private static String child(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }
}
