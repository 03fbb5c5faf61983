package dev.testpod.operator.notification;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/** Reads a webhook URL from its Secret when sending, so a rotated URL takes effect at once. */
final class WebhookUrlResolver {

  private final KubernetesClient client;

  WebhookUrlResolver(KubernetesClient client) {
    this.client = client;
  }

  /**
   * Returns the URL stored under {@code ref} in {@code namespace}, or empty when the reference is
   * marked optional and its Secret or key is missing.
   *
   * @throws InvalidWebhookConfigException when a required Secret or key is missing, the Secret
   *     cannot be read, or the value is not an absolute http(s) URL
   */
  Optional<URI> resolve(String namespace, SecretKeySelector ref) throws InvalidWebhookConfigException {
    String where = "Secret " + ref.getName() + " in namespace " + namespace;
    boolean optional = Boolean.TRUE.equals(ref.getOptional());
    Secret secret = read(namespace, ref.getName(), where);
    if (secret == null) {
      if (optional) {
        return Optional.empty();
      }
      throw new InvalidWebhookConfigException(
          where + " not found. Create it with key " + ref.getKey() + " set to the webhook URL.");
    }
    String value = value(secret, ref.getKey());
    if (value == null) {
      if (optional) {
        return Optional.empty();
      }
      throw new InvalidWebhookConfigException(where + " has no key " + ref.getKey());
    }
    return Optional.of(parse(value.strip(), where + ", key " + ref.getKey()));
  }

  private Secret read(String namespace, String name, String where) throws InvalidWebhookConfigException {
    try {
      return client.secrets().inNamespace(namespace).withName(name).get();
    } catch (KubernetesClientException e) {
      throw new InvalidWebhookConfigException("Reading " + where + " failed with HTTP " + e.getCode());
    }
  }

  private static String value(Secret secret, String key) {
    if (secret.getData() != null && secret.getData().get(key) != null) {
      byte[] decoded = Base64.getMimeDecoder().decode(secret.getData().get(key));
      return new String(decoded, StandardCharsets.UTF_8);
    }
    // A real API server folds stringData into data on write, but a Secret from a mock may keep it.
    return secret.getStringData() == null ? null : secret.getStringData().get(key);
  }

  private static URI parse(String value, String where) throws InvalidWebhookConfigException {
    String problem = where + " does not contain an absolute http or https URL";
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      // The exception text quotes the value, so it is dropped rather than chained.
      throw new InvalidWebhookConfigException(problem);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    boolean web = scheme.equals("http") || scheme.equals("https");
    if (!web || uri.getHost() == null) {
      throw new InvalidWebhookConfigException(problem);
    }
    return uri;
  }
}
