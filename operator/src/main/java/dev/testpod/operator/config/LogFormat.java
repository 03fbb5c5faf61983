package dev.testpod.operator.config;

/** How the operator writes its log lines to standard output. */
public enum LogFormat {
  /** One human-readable line per entry, with the release's namespace/name from MDC. */
  TEXT,
  /** One JSON object per line, with MDC entries as fields, for log collectors. */
  JSON
}
