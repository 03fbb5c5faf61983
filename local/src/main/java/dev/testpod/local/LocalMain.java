package dev.testpod.local;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code testpod-local.jar}: {@code up}, {@code demo} and {@code bench}. */
@Command(
    name = "testpod-local",
    mixinStandardHelpOptions = true,
    description = "Runs the Test Pod platform on one machine: a mock Kubernetes API server, the operator, and pods as "
        + "local test-pod-app processes on 127.0.0.N.",
    subcommands = {UpCommand.class, DemoCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class LocalMain implements Callable<Integer> {

  public static void main(String[] args) {
    System.exit(new CommandLine(new LocalMain()).execute(args));
  }

  @Override
  public Integer call() {
    new CommandLine(this).usage(System.out);
    return 2;
  }
}
