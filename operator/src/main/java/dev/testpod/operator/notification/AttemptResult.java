package dev.testpod.operator.notification;

import java.util.Optional;

/** Result of one HTTP attempt to a receiver. Descriptions never contain the URL. */
sealed interface AttemptResult {

  boolean delivered();

  /** Describes the result for logs and events, such as {@code HTTP 503}. */
  String description();

  /** A response with {@code status}, and its {@code Retry-After} header when present. */
  record Response(int status, Optional<String> retryAfter) implements AttemptResult {

    @Override
    public boolean delivered() {
      return status >= 200 && status < 300;
    }

    @Override
    public String description() {
      return "HTTP " + status;
    }
  }

  /** No response arrived: the connection failed or the attempt timed out. */
  record NetworkError(String description) implements AttemptResult {

    @Override
    public boolean delivered() {
      return false;
    }
  }
}
