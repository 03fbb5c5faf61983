package dev.testpod.app.checks;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Runs a check's probe bounded by its timeout and turns the outcome into a {@link CheckResult}.
 * The returned future completes by the timeout even when the client itself never returns.
 */
final class CheckRunner {
  private static final Logger LOG = Logger.getLogger(CheckRunner.class);

  private final SecretRedactor redactor;

  CheckRunner(SecretRedactor redactor) {
    this.redactor = redactor;
  }

  CompletableFuture<CheckResult> run(DependencyCheck check) {
    Duration timeout = check.settings().timeout();
    long startedAt = System.nanoTime();
    CompletableFuture<Map<String, Object>> probe;
    try {
      probe = check.probe(timeout).toCompletableFuture();
    } catch (RuntimeException e) {
      probe = CompletableFuture.failedFuture(e);
    }
    return probe
        .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
        .handle((details, error) -> {
          long durationMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt);
          return error == null
              ? passed(check, durationMs, details)
              : failed(check, durationMs, unwrap(error));
        });
  }

  private CheckResult passed(DependencyCheck check, long durationMs, Map<String, Object> details) {
    CheckTarget target = check.target();
    Map<String, Object> reported = new LinkedHashMap<>();
    reported.put("address", target.address());
    details.forEach((key, value) -> reported.put(key, redactValue(value)));
    reported.put("latencyMs", durationMs);
    String message = target.product() + " at " + target.address() + " responded in " + durationMs
        + " ms.";
    return new CheckResult(target.name(), CheckStatus.PASSED, durationMs, message, null, reported);
  }

  private CheckResult failed(DependencyCheck check, long durationMs, Throwable error) {
    CheckTarget target = check.target();
    FailureKind kind = kindOf(check, error);
    String cause = redactor.redact(describe(check, error));
    LOG.debugf("Check %s failed (%s): %s: %s",
        target.name(), kind, error.getClass().getName(), cause);
    String message = Remediation.message(kind, target, check.settings().timeout());
    if (cause != null && kind != FailureKind.TIMED_OUT) {
      message = message + " Cause: " + cause;
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("address", target.address());
    details.put("failure", kind.name());
    return new CheckResult(target.name(), CheckStatus.FAILED, durationMs, message,
        Remediation.hint(kind, target), details);
  }

  private static FailureKind kindOf(DependencyCheck check, Throwable error) {
    if (error instanceof CheckFailure failure) {
      return failure.kind();
    }
    return NetworkFailures.find(error, check::classify)
        .or(() -> NetworkFailures.find(error, NetworkFailures::classify))
        .orElse(FailureKind.UNEXPECTED);
  }

  private Object redactValue(Object value) {
    return value instanceof String text ? redactor.redact(text) : value;
  }

  private static Throwable unwrap(Throwable error) {
    Throwable current = error;
    while ((current instanceof CompletionException || current instanceof ExecutionException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }

  private static String describe(DependencyCheck check, Throwable error) {
    if (error instanceof CheckFailure) {
      return null;
    }
    return findDescription(check, error).orElseGet(() -> rootMessage(error));
  }

  private static Optional<String> findDescription(DependencyCheck check, Throwable error) {
    for (Throwable current = error; current != null; current = current.getCause()) {
      Optional<String> description = check.describe(current);
      if (description.isPresent()) {
        return description;
      }
      if (current.getCause() == current) {
        break;
      }
    }
    return Optional.empty();
  }

  private static String rootMessage(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text = root.getMessage() != null ? root.getMessage() : error.getMessage();
    return text == null ? null : text.lines().findFirst().orElse(text);
  }
}
