package dev.testpod.local;

/** The container's environment cannot be built, which Kubernetes reports as {@code CreateContainerConfigError}. */
final class ContainerConfigException extends Exception {

  ContainerConfigException(String message) {
    super(message);
  }
}
