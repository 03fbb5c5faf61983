package dev.testpod.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

/**
 * Validates TestPodRelease manifests against the committed CRD's OpenAPI schema, in the OpenAPI
 * 3.0 dialect of networknt's validator. CEL rules are not run here.
 *
 * <p>Like {@code kubectl apply} with its default {@code --validate=strict} (kubectl 1.32), it rejects
 * fields that the schema does not declare under {@code spec}. Every object node there that lists
 * properties gets {@code additionalProperties: false} on a copy of the schema.
 */
final class ManifestValidator {

  private final JsonSchema schema;

  ManifestValidator() {
    JsonNode openApiSchema = CommittedCrd.openApiSchema().deepCopy();
    SchemaTree.nodesByPath("spec", openApiSchema.path("properties").path("spec")).values().stream()
        .filter(node -> node.has("properties") && !node.has("additionalProperties"))
        .forEach(node -> ((ObjectNode) node).put("additionalProperties", false));

    JsonSchemaFactory factory =
        JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V4,
            builder ->
                builder
                    .metaSchema(OpenApi30.getInstance())
                    .defaultMetaSchemaIri(OpenApi30.getInstance().getIri()));
    schema = factory.getSchema(openApiSchema);
  }

  /** Returns the violations of the manifest at a class-path resource, sorted by location. */
  List<ValidationMessage> validateResource(String resource) {
    return validate(readResource(resource));
  }

  List<ValidationMessage> validate(JsonNode manifest) {
    return schema.validate(manifest).stream()
        .sorted(Comparator.comparing(message -> message.getInstanceLocation().toString()))
        .toList();
  }

  static JsonNode readResource(String resource) {
    try (InputStream in = ManifestValidator.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("Test resource not found: " + resource);
      }
      return CommittedCrd.YAML.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read test resource " + resource, e);
    }
  }
}
