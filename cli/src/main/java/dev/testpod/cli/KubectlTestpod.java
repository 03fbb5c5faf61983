package dev.testpod.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/** The {@code kubectl testpod} plugin: entry point, global options and exit-code mapping. */
@Command(
    name = "kubectl testpod",
    mixinStandardHelpOptions = true,
    // Subcommands inherit --help and --version, so 'kubectl testpod status --help' prints usage.
    scope = ScopeType.INHERIT,
    versionProvider = PluginVersion.class,
    description = "Applies, inspects, waits for, rolls back, retries and pauses TestPodReleases.",
    footer = "%nExit codes: 0 success, 1 the awaited outcome did not happen, 2 bad usage, release not found or cluster unreachable.",
    subcommands = {
        ApplyCommand.class,
        GetCommand.class,
        StatusCommand.class,
        HistoryCommand.class,
        EventsCommand.class,
        RollbackCommand.class,
        RetryCommand.class,
        PauseCommand.class,
        ResumeCommand.class,
        WaitCommand.class,
        CommandLine.HelpCommand.class
    })
public class KubectlTestpod {

  @Option(names = {"-n", "--namespace"}, scope = ScopeType.INHERIT, paramLabel = "NAMESPACE",
      description = "Namespace of the release; default: the kubeconfig context's namespace, else 'default'.")
  String namespace;

  @Option(names = "--kubeconfig", scope = ScopeType.INHERIT, paramLabel = "FILE",
      description = "Kubeconfig file; default: $KUBECONFIG, else ~/.kube/config. Its current context is used.")
  Path kubeconfig;

  private final Clock clock;
  private String connectedServer;

  KubectlTestpod(Clock clock) {
    this.clock = clock;
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code, printing to standard output and error. */
  public static int run(String... args) {
    return commandLine(Clock.systemUTC()).execute(args);
  }

  /** Parses a command line without running it, for checks of documented commands. */
  public static ParseResult parse(String... args) {
    return commandLine(Clock.systemUTC()).parseArgs(args);
  }

  /** Builds the command line with its exception handlers; tests replace its output streams. */
  public static CommandLine commandLine(Clock clock) {
    KubectlTestpod root = new KubectlTestpod(clock);
    CommandLine commandLine = new CommandLine(root);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.registerConverter(Duration.class, GoDuration::parse);
    commandLine.setParameterExceptionHandler((exception, args) -> {
      PrintWriter err = exception.getCommandLine().getErr();
      err.println("error: " + exception.getMessage());
      err.println("Run '" + exception.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
      return ExitCode.USAGE;
    });
    commandLine.setExecutionExceptionHandler((exception, failedCommand, parseResult) -> {
      CliException failure = FailureTranslation.translate(exception, root.connectedServer);
      failedCommand.getErr().println("error: " + failure.getMessage());
      return failure.exitCode();
    });
    return commandLine;
  }

  ReleaseClient connect() {
    ReleaseClient releases = ClusterConnector.connect(kubeconfig, namespace);
    connectedServer = releases.kubernetes().getMasterUrl().toString();
    return releases;
  }

  Clock clock() {
    return clock;
  }

  String explicitNamespace() {
    return namespace;
  }
}
