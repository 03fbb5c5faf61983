package dev.testpod.app.checks;

/** Failure a check detected itself, such as a bucket that does not exist. */
final class CheckFailure extends RuntimeException {
  private final FailureKind kind;

  CheckFailure(FailureKind kind, String message) {
    super(message, null, false, false);
    this.kind = kind;
  }

  FailureKind kind() {
    return kind;
  }
}
