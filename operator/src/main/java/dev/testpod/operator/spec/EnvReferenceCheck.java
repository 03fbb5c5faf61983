package dev.testpod.operator.spec;

import dev.testpod.api.TestPodReleaseSpec;
import io.fabric8.kubernetes.api.model.ConfigMapKeySelector;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks that the Secrets, ConfigMaps and keys named in env and envFrom exist, unless optional. */
final class EnvReferenceCheck {

  private final ReferenceLookup references;
  private final String namespace;

  EnvReferenceCheck(ReferenceLookup references, String namespace) {
    this.references = references;
    this.namespace = namespace;
  }

  void check(TestPodReleaseSpec spec, List<SpecViolation> violations) {
    List<EnvFromSource> envFrom = spec.getEnvFrom() == null ? List.of() : spec.getEnvFrom();
    for (int i = 0; i < envFrom.size(); i++) {
      checkEnvFrom("spec.envFrom[" + i + "]", envFrom.get(i), violations);
    }
    List<EnvVar> env = spec.getEnv() == null ? List.of() : spec.getEnv();
    for (int i = 0; i < env.size(); i++) {
      if (env.get(i).getValueFrom() != null) {
        String field = "spec.env[" + i + "].valueFrom";
        checkSecretKey(field + ".secretKeyRef", env.get(i).getValueFrom().getSecretKeyRef(), violations);
        checkConfigMapKey(field + ".configMapKeyRef", env.get(i).getValueFrom().getConfigMapKeyRef(), violations);
      }
    }
  }

  private void checkEnvFrom(String field, EnvFromSource source, List<SpecViolation> violations) {
    var secret = source.getSecretRef();
    if (secret != null && !Boolean.TRUE.equals(secret.getOptional())) {
      requireObject(field + ".secretRef.name", "Secret", secret.getName(),
          references.secretKeys(namespace, nonNull(secret.getName())), violations);
    }
    var configMap = source.getConfigMapRef();
    if (configMap != null && !Boolean.TRUE.equals(configMap.getOptional())) {
      requireObject(field + ".configMapRef.name", "ConfigMap", configMap.getName(),
          references.configMapKeys(namespace, nonNull(configMap.getName())), violations);
    }
  }

  private void checkSecretKey(String field, SecretKeySelector selector, List<SpecViolation> violations) {
    if (selector == null || Boolean.TRUE.equals(selector.getOptional())) {
      return;
    }
    var keys = references.secretKeys(namespace, nonNull(selector.getName()));
    if (requireObject(field + ".name", "Secret", selector.getName(), keys, violations)) {
      requireKey(field + ".key", "Secret", selector.getName(), selector.getKey(), keys.get(), violations);
    }
  }

  private void checkConfigMapKey(String field, ConfigMapKeySelector selector, List<SpecViolation> violations) {
    if (selector == null || Boolean.TRUE.equals(selector.getOptional())) {
      return;
    }
    var keys = references.configMapKeys(namespace, nonNull(selector.getName()));
    if (requireObject(field + ".name", "ConfigMap", selector.getName(), keys, violations)) {
      requireKey(field + ".key", "ConfigMap", selector.getName(), selector.getKey(), keys.get(), violations);
    }
  }

  private boolean requireObject(
      String field, String kind, String name, Optional<Set<String>> keys, List<SpecViolation> violations) {
    if (keys.isPresent()) {
      return true;
    }
    violations.add(new SpecViolation(field, String.valueOf(name),
        kind + " not found in namespace " + namespace + "; create it or mark the reference optional"));
    return false;
  }

  private static void requireKey(
      String field, String kind, String name, String key, Set<String> keys, List<SpecViolation> violations) {
    if (!keys.contains(key)) {
      violations.add(new SpecViolation(field, String.valueOf(key),
          "key not found in " + kind + " " + name + "; add the key or mark the reference optional"));
    }
  }

  private static String nonNull(String name) {
    return name == null ? "" : name;
  }
}
