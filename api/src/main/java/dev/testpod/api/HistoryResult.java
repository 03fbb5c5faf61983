package dev.testpod.api;

/** Result recorded for one revision in {@code status.history}. */
public enum HistoryResult {
  /** Rolled out and not yet decided. */
  Progressing,
  Succeeded,
  Failed,
  RolledBack,
  Superseded
}
