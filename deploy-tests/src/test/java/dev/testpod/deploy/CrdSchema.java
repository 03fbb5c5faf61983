package dev.testpod.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.List;

/**
 * The OpenAPI schema of the TestPodRelease CRD that deploy/ installs, as a validator. Like
 * {@code kubectl apply --validate=strict}, it rejects fields under {@code spec} that the schema
 * does not declare. CEL rules are not evaluated.
 */
final class CrdSchema {

  private final JsonSchema schema;

  private CrdSchema(JsonSchema schema) {
    this.schema = schema;
  }

  static CrdSchema of(CustomResourceDefinition crd) {
    JsonNode openApi = Serialization.jsonMapper()
        .valueToTree(crd.getSpec().getVersions().get(0).getSchema().getOpenAPIV3Schema());
    rejectUndeclaredFields(openApi.path("properties").path("spec"));
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
        builder -> builder.metaSchema(OpenApi30.getInstance())
            .defaultMetaSchemaIri(OpenApi30.getInstance().getIri()));
    return new CrdSchema(factory.getSchema(openApi));
  }

  List<String> violations(Object manifest) {
    JsonNode node = Serialization.jsonMapper().valueToTree(manifest);
    return schema.validate(node).stream().map(ValidationMessage::getMessage).sorted().toList();
  }

  private static void rejectUndeclaredFields(JsonNode node) {
    if (node.isMissingNode()) {
      return;
    }
    if (node instanceof ObjectNode object && object.has("properties") && !object.has("additionalProperties")) {
      object.put("additionalProperties", false);
    }
    node.path("properties").forEach(CrdSchema::rejectUndeclaredFields);
    rejectUndeclaredFields(node.path("items"));
  }
}
