package dev.testpod.api;

/** Reasons of the Kubernetes Events the operator emits on a release. */
public enum EventReason {
  RolloutStarted,
  ValidationSucceeded,
  ValidationFailed,
  RollbackStarted,
  RolledBack,
  RollbackFailed,
  InvalidSpec,
  NotificationFailed
}
