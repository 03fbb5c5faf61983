package dev.testpod.local;

/** Runs the TestPodRelease operator in this JVM. */
final class EmbeddedOperator {

  private EmbeddedOperator() {}

  // TODO: start dev.testpod.operator.TestPodOperator with server-side apply off once the operator
  // module provides it; until then local mode runs without an operator and releases stay unreconciled.
  static OperatorLauncher launcher() {
    return client -> {
      throw new IllegalStateException("this build has no operator; start local mode with --no-operator");
    };
  }
}
