package dev.testpod.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crd.generator.annotation.SchemaFrom;
import io.fabric8.generator.annotation.Required;
import io.fabric8.kubernetes.api.model.SecretKeySelector;

/** A Slack or Teams incoming webhook whose URL is stored in a Secret. */
public class ChatWebhook {

  @Required
  @SchemaFrom(type = SecretKeyReferenceSchema.class)
  @JsonPropertyDescription("Secret key holding the webhook URL, read in the release's namespace when sending.")
  private SecretKeySelector webhookSecretRef;

  public SecretKeySelector getWebhookSecretRef() {
    return webhookSecretRef;
  }

  public void setWebhookSecretRef(SecretKeySelector webhookSecretRef) {
    this.webhookSecretRef = webhookSecretRef;
  }
}
