package dev.testpod.app.checks;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import javax.net.ssl.SSLException;

/**
 * Classifies failures by walking an exception's causes and suppressed exceptions. Client libraries
 * wrap the network error differently, so the walk visits every throwable once.
 */
final class NetworkFailures {
  private NetworkFailures() {}

  /** Returns the first kind that {@code classifier} finds among the throwables of {@code error}. */
  static Optional<FailureKind> find(
      Throwable error, Function<Throwable, Optional<FailureKind>> classifier) {
    Deque<Throwable> pending = new ArrayDeque<>();
    Set<Throwable> seen = new HashSet<>();
    pending.add(error);
    while (!pending.isEmpty()) {
      Throwable current = pending.poll();
      if (!seen.add(current)) {
        continue;
      }
      Optional<FailureKind> kind = classifier.apply(current);
      if (kind.isPresent()) {
        return kind;
      }
      if (current.getCause() != null) {
        pending.add(current.getCause());
      }
      pending.addAll(java.util.List.of(current.getSuppressed()));
    }
    return Optional.empty();
  }

  /** Returns the kind of a plain JDK network error: DNS, refused connection, timeout or TLS. */
  static Optional<FailureKind> classify(Throwable error) {
    if (error instanceof UnknownHostException || error instanceof UnresolvedAddressException) {
      return Optional.of(FailureKind.DNS_NAME_NOT_FOUND);
    }
    if (error instanceof ConnectException) {
      return Optional.of(FailureKind.CONNECTION_REFUSED);
    }
    if (error instanceof SocketTimeoutException || error instanceof TimeoutException) {
      return Optional.of(FailureKind.TIMED_OUT);
    }
    if (error instanceof SSLException) {
      return Optional.of(FailureKind.TLS_HANDSHAKE_FAILED);
    }
    return Optional.empty();
  }
}
