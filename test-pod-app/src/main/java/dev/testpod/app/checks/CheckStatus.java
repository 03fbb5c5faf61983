package dev.testpod.app.checks;

/** Outcome of one run of a dependency check. */
public enum CheckStatus {
  PASSED,
  FAILED,
  /** The check is not enabled, so it did not run. */
  SKIPPED
}
