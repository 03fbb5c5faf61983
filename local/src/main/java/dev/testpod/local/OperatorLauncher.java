package dev.testpod.local;

import io.fabric8.kubernetes.client.KubernetesClient;

/** Starts the operator against the local API server; the handle stops it again. */
@FunctionalInterface
public interface OperatorLauncher {

  /** A running operator. */
  interface Running {
    void stop();
  }

  Running start(KubernetesClient client);
}
