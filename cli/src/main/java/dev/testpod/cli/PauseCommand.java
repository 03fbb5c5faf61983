package dev.testpod.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "pause", description = "Sets spec.paused: the operator observes the release and changes nothing.")
class PauseCommand extends PluginCommand {

  @Parameters(paramLabel = "NAME", description = "Release name.")
  String name;

  @Override
  int run(ReleaseClient releases) {
    releases.setPaused(name, true);
    out().println("testpodrelease/" + name + " paused");
    return ExitCode.OK;
  }
}
