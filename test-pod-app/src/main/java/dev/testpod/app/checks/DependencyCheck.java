package dev.testpod.app.checks;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** One enabled dependency check with its client. */
interface DependencyCheck extends AutoCloseable {

  CheckTarget target();

  ChecksConfig.CommonSettings settings();

  /**
   * Starts one probe of the dependency. The stage completes with the details to report on
   * success, or with the client's error. {@link CheckRunner} bounds it by {@code timeout}.
   */
  CompletionStage<Map<String, Object>> probe(Duration timeout);

  /** Returns the kind of a client-specific error, such as a PostgreSQL SQLSTATE, if recognised. */
  Optional<FailureKind> classify(Throwable error);

  /**
   * Returns a short description of a client-specific error that is safe to show, in place of its
   * message. Empty means the message of the root cause is shown.
   */
  default Optional<String> describe(Throwable error) {
    return Optional.empty();
  }

  /** Releases the client. The default does nothing, for checks that keep no client. */
  @Override
  default void close() {}
}
