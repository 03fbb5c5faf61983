package dev.testpod.api;

/** Lifecycle phase of a release, as shown in {@code kubectl get tpr}. */
public enum Phase {
  Pending,
  Progressing,
  Validating,
  Succeeded,
  RollingBack,
  RolledBack,
  Failed,
  Paused,
  Invalid
}
