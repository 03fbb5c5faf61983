package dev.testpod.cli;

/** A failure that ends the command with one line on standard error and the given exit code. */
public class CliException extends RuntimeException {

  private final int exitCode;

  public CliException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public CliException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /** Creates a failure for bad usage, an unknown resource or an unreachable cluster. */
  public static CliException usage(String message) {
    return new CliException(ExitCode.USAGE, message);
  }

  public int exitCode() {
    return exitCode;
  }
}
