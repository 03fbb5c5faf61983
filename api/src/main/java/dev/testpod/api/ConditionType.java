package dev.testpod.api;

/** Condition types in {@code status.conditions}. */
public final class ConditionType {

  /** True when the running revision passed validation and is serving. */
  public static final String READY = "Ready";
  /** True while a revision rolls out, validates or rolls back. */
  public static final String PROGRESSING = "Progressing";
  /** True when the release failed, was rolled back or has an invalid spec. */
  public static final String DEGRADED = "Degraded";

  private ConditionType() {}
}
