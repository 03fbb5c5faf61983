package dev.testpod.operator.spec;

import java.util.Optional;
import java.util.Set;

/** Reads which keys a Secret or ConfigMap in the release's namespace has, never their values. */
public interface ReferenceLookup {

  /** Returns the key names of the Secret, or empty when it does not exist. */
  Optional<Set<String>> secretKeys(String namespace, String name);

  /** Returns the key names of the ConfigMap, or empty when it does not exist. */
  Optional<Set<String>> configMapKeys(String namespace, String name);
}
