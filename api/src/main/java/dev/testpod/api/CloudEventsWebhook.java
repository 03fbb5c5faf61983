package dev.testpod.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crd.generator.annotation.SchemaFrom;
import io.fabric8.generator.annotation.Required;
import io.fabric8.kubernetes.api.model.SecretKeySelector;

/** A generic HTTP receiver of CloudEvents whose URL is stored in a Secret. */
public class CloudEventsWebhook {

  @Required
  @SchemaFrom(type = SecretKeyReferenceSchema.class)
  @JsonPropertyDescription("Secret key holding the receiver URL, read in the release's namespace when sending.")
  private SecretKeySelector urlSecretRef;

  public SecretKeySelector getUrlSecretRef() {
    return urlSecretRef;
  }

  public void setUrlSecretRef(SecretKeySelector urlSecretRef) {
    this.urlSecretRef = urlSecretRef;
  }
}
