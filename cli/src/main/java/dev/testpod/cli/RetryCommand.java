package dev.testpod.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "retry", description = "Asks the operator to attempt the current spec again after a rollback or failure.")
class RetryCommand extends PluginCommand {

  @Parameters(paramLabel = "NAME", description = "Release name.")
  String name;

  @Override
  int run(ReleaseClient releases) {
    releases.requestRetry(name);
    out().println("testpodrelease/" + name + ": retry requested");
    return ExitCode.OK;
  }
}
