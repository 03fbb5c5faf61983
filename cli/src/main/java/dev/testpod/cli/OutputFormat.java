package dev.testpod.cli;

/** Machine-readable output formats of {@code get}. */
enum OutputFormat {
  json,
  yaml
}
