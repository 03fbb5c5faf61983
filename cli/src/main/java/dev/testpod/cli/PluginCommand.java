package dev.testpod.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Base of the subcommands: access to the cluster connection, the clock and the output stream. */
abstract class PluginCommand implements Callable<Integer> {

  @ParentCommand
  KubectlTestpod root;

  @Spec
  CommandSpec spec;

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  @Override
  public Integer call() throws Exception {
    try (ReleaseClient releases = root.connect()) {
      return run(releases);
    }
  }

  abstract int run(ReleaseClient releases) throws Exception;
}
