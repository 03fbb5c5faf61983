package dev.testpod.app.checks;

/** A request named a check that does not exist. */
public class UnknownCheckException extends RuntimeException {
  private final String name;

  public UnknownCheckException(String name) {
    super("No check named '" + name + "'. Known checks: "
        + String.join(", ", DependencyChecks.NAMES) + ".");
    this.name = name;
  }

  public String name() {
    return name;
  }
}
