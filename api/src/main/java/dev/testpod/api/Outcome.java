package dev.testpod.api;

/** Final outcome of a rollout, the unit of notification. */
public enum Outcome {
  Succeeded,
  RolledBack,
  Failed
}
