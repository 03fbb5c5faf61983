package dev.testpod.operator.spec;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads Secret and ConfigMap key names from the API server; the values are never kept or logged. */
public final class ClusterReferenceLookup implements ReferenceLookup {

  private final KubernetesClient client;

  public ClusterReferenceLookup(KubernetesClient client) {
    this.client = client;
  }

  @Override
  public Optional<Set<String>> secretKeys(String namespace, String name) {
    if (name.isEmpty()) {
      return Optional.empty();
    }
    var secret = client.secrets().inNamespace(namespace).withName(name).get();
    if (secret == null) {
      return Optional.empty();
    }
    return Optional.of(keys(secret.getData(), secret.getStringData()));
  }

  @Override
  public Optional<Set<String>> configMapKeys(String namespace, String name) {
    if (name.isEmpty()) {
      return Optional.empty();
    }
    var configMap = client.configMaps().inNamespace(namespace).withName(name).get();
    if (configMap == null) {
      return Optional.empty();
    }
    return Optional.of(keys(configMap.getData(), configMap.getBinaryData()));
  }

  private static Set<String> keys(Map<String, String> first, Map<String, String> second) {
    Set<String> keys = new HashSet<>();
    if (first != null) {
      keys.addAll(first.keySet());
    }
    if (second != null) {
      keys.addAll(second.keySet());
    }
    return keys;
  }
}
