package dev.testpod.app.checks;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * A check with its last result. Readiness probes reuse a result younger than the cache TTL and
 * join a run already in flight, so concurrent probes cause at most one run per dependency.
 */
final class CachedCheck {
  private static final Logger LOG = Logger.getLogger(CachedCheck.class);

  private final DependencyCheck check;
  private final CheckRunner runner;
  private final Clock clock;

  private CompletableFuture<CheckResult> inFlight;
  private CheckResult lastResult;
  private Instant lastCompletedAt;

  CachedCheck(DependencyCheck check, CheckRunner runner, Clock clock) {
    this.check = check;
    this.runner = runner;
    this.clock = clock;
  }

  DependencyCheck check() {
    return check;
  }

  /** Returns a fresh cached result, the run in flight, or a new run. */
  synchronized CompletableFuture<CheckResult> current() {
    if (lastResult != null
        && clock.instant().isBefore(lastCompletedAt.plus(check.settings().cacheTtl()))) {
      return CompletableFuture.completedFuture(lastResult);
    }
    if (inFlight != null) {
      return inFlight;
    }
    return start();
  }

  /** Starts a new run regardless of the cache. */
  synchronized CompletableFuture<CheckResult> runNow() {
    return start();
  }

  synchronized Optional<CheckResult> lastResult() {
    return Optional.ofNullable(lastResult);
  }

  private CompletableFuture<CheckResult> start() {
    CompletableFuture<CheckResult> run = runner.run(check);
    inFlight = run;
    run.thenAccept(result -> record(run, result));
    return run;
  }

  private synchronized void record(CompletableFuture<CheckResult> run, CheckResult result) {
    logTransition(lastResult, result);
    lastResult = result;
    lastCompletedAt = clock.instant();
    if (inFlight == run) {
      inFlight = null;
    }
  }

  /** Logs only changes of outcome, so that a long outage does not repeat a line every run. */
  private static void logTransition(CheckResult previous, CheckResult current) {
    boolean changed = previous == null
        || previous.status() != current.status()
        || !Objects.equals(previous.details().get("failure"), current.details().get("failure"));
    if (!changed) {
      return;
    }
    if (current.passed()) {
      LOG.infof("Check %s passed: %s", current.name(), current.message());
    } else {
      LOG.warnf("Check %s failed: %s", current.name(), current.message());
    }
  }
}
