package dev.testpod.local;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapKeySelector;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarSource;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds a container's environment the way the kubelet does: {@code envFrom} first, then {@code env},
 * with values from Secrets, ConfigMaps and the pod's own fields.
 *
 * <p>NOTE: {@code $(VAR)} references inside values are passed through unexpanded, and resource
 * field references are not supported.
 */
final class ContainerEnvironment {

  private final KubernetesClient client;

  ContainerEnvironment(KubernetesClient client) {
    this.client = client;
  }

  Map<String, String> resolve(Pod pod, Container container, String podIp) throws ContainerConfigException {
    String namespace = pod.getMetadata().getNamespace();
    Map<String, String> env = new LinkedHashMap<>();
    for (EnvFromSource source : container.getEnvFrom()) {
      addAll(env, namespace, source);
    }
    for (EnvVar variable : container.getEnv()) {
      String value = value(pod, namespace, variable, podIp);
      if (value != null) {
        env.put(variable.getName(), value);
      }
    }
    return env;
  }

  private void addAll(Map<String, String> env, String namespace, EnvFromSource source) throws ContainerConfigException {
    String prefix = source.getPrefix() == null ? "" : source.getPrefix();
    if (source.getSecretRef() != null) {
      Secret secret = client.secrets().inNamespace(namespace).withName(source.getSecretRef().getName()).get();
      if (secret == null) {
        if (Boolean.TRUE.equals(source.getSecretRef().getOptional())) {
          return;
        }
        throw new ContainerConfigException("secret \"" + source.getSecretRef().getName() + "\" not found");
      }
      secretData(secret).forEach((key, value) -> env.put(prefix + key, value));
    }
    if (source.getConfigMapRef() != null) {
      ConfigMap configMap = client.configMaps().inNamespace(namespace).withName(source.getConfigMapRef().getName()).get();
      if (configMap == null) {
        if (Boolean.TRUE.equals(source.getConfigMapRef().getOptional())) {
          return;
        }
        throw new ContainerConfigException("configmap \"" + source.getConfigMapRef().getName() + "\" not found");
      }
      if (configMap.getData() != null) {
        configMap.getData().forEach((key, value) -> env.put(prefix + key, value));
      }
    }
  }

  private String value(Pod pod, String namespace, EnvVar variable, String podIp) throws ContainerConfigException {
    EnvVarSource source = variable.getValueFrom();
    if (source == null) {
      return variable.getValue() == null ? "" : variable.getValue();
    }
    if (source.getSecretKeyRef() != null) {
      return secretKey(namespace, source.getSecretKeyRef());
    }
    if (source.getConfigMapKeyRef() != null) {
      return configMapKey(namespace, source.getConfigMapKeyRef());
    }
    if (source.getFieldRef() != null) {
      return field(pod, source.getFieldRef().getFieldPath(), podIp);
    }
    throw new ContainerConfigException("env " + variable.getName() + ": only secretKeyRef, configMapKeyRef and fieldRef "
        + "sources are supported in local mode");
  }

  private String secretKey(String namespace, SecretKeySelector selector) throws ContainerConfigException {
    Secret secret = client.secrets().inNamespace(namespace).withName(selector.getName()).get();
    String value = secret == null ? null : secretData(secret).get(selector.getKey());
    if (value == null && !Boolean.TRUE.equals(selector.getOptional())) {
      throw new ContainerConfigException(secret == null
          ? "secret \"" + selector.getName() + "\" not found"
          : "couldn't find key " + selector.getKey() + " in Secret " + namespace + "/" + selector.getName());
    }
    return value;
  }

  private String configMapKey(String namespace, ConfigMapKeySelector selector) throws ContainerConfigException {
    ConfigMap configMap = client.configMaps().inNamespace(namespace).withName(selector.getName()).get();
    String value = configMap == null || configMap.getData() == null ? null : configMap.getData().get(selector.getKey());
    if (value == null && !Boolean.TRUE.equals(selector.getOptional())) {
      throw new ContainerConfigException(configMap == null
          ? "configmap \"" + selector.getName() + "\" not found"
          : "couldn't find key " + selector.getKey() + " in ConfigMap " + namespace + "/" + selector.getName());
    }
    return value;
  }

  private static String field(Pod pod, String path, String podIp) throws ContainerConfigException {
    return switch (path) {
      case "metadata.name" -> pod.getMetadata().getName();
      case "metadata.namespace" -> pod.getMetadata().getNamespace();
      case "status.podIP" -> podIp;
      case "status.hostIP" -> "127.0.0.1";
      case "spec.nodeName" -> pod.getSpec().getNodeName();
      default -> throw new ContainerConfigException("fieldRef " + path + " is not supported in local mode");
    };
  }

  /** Returns a Secret's values, decoding {@code data} and adding {@code stringData}, which wins as on a server. */
  private static Map<String, String> secretData(Secret secret) {
    Map<String, String> values = new LinkedHashMap<>();
    if (secret.getData() != null) {
      secret.getData().forEach((key, value) ->
          values.put(key, new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8)));
    }
    if (secret.getStringData() != null) {
      values.putAll(secret.getStringData());
    }
    return values;
  }
}
