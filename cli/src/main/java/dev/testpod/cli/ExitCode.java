package dev.testpod.cli;

/** Exit codes of the plugin, fixed for pipelines. */
public final class ExitCode {

  /** The command did what was requested. */
  public static final int OK = 0;
  /** The awaited outcome did not happen: a wait timed out or the release ended in another phase. */
  public static final int OUTCOME_NOT_REACHED = 1;
  /** Bad usage, an unknown release or file, or a cluster that cannot be reached. */
  public static final int USAGE = 2;

  private ExitCode() {}
}
