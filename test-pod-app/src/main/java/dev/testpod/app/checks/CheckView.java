package dev.testpod.app.checks;

/** One check as {@code GET /api/checks} lists it. {@code lastResult} is null until it ran. */
public record CheckView(
    String name, boolean enabled, boolean critical, long timeoutMs, CheckResult lastResult) {}
