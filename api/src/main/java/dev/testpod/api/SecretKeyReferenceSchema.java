package dev.testpod.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;

/**
 * CRD schema of the Secret references in {@code spec.notifications}, used through
 * {@code @SchemaFrom} while the Java fields stay core/v1 {@code SecretKeySelector}s. Unlike the
 * core/v1 schema it requires a non-empty name and key, and it leaves out {@code optional} because a
 * notification receiver without its URL cannot be served.
 */
record SecretKeyReferenceSchema(
    @Required
    @Size(min = 1, max = 253)
    @JsonPropertyDescription("Name of the Secret in the release's namespace.")
    String name,
    @Required
    @Size(min = 1, max = 253)
    @JsonPropertyDescription("Key within the Secret whose value is the URL.")
    String key) {}
