package dev.testpod.operator.config;

/** Format of the operator's log lines on standard output. */
public enum LogFormat {
  /** One human-readable line per entry, with the release's namespace/name from MDC. */
  TEXT,
  /** One JSON object per line, with MDC entries as fields, for log collectors. */
  JSON
}
