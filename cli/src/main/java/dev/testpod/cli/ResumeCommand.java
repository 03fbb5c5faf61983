package dev.testpod.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "resume", description = "Clears spec.paused so the operator acts on the release again.")
class ResumeCommand extends PluginCommand {

  @Parameters(paramLabel = "NAME", description = "Release name.")
  String name;

  @Override
  int run(ReleaseClient releases) {
    releases.setPaused(name, false);
    out().println("testpodrelease/" + name + " resumed");
    return ExitCode.OK;
  }
}
