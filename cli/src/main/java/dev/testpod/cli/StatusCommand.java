package dev.testpod.cli;

import dev.testpod.api.Phase;
import dev.testpod.api.TestPodRelease;
import io.fabric8.kubernetes.client.KubernetesClientTimeoutException;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "status", description = {
    "Shows the phase, running and stable image, validation progress, last failure and recent events of a release.",
    "With --watch, prints it again on every change until the release settles: exit 0 when it settles in",
    "Succeeded, 1 in another phase or when the timeout passes."})
class StatusCommand extends PluginCommand {

  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  @Parameters(paramLabel = "NAME", description = "Release name.")
  String name;

  @Option(names = {"-w", "--watch"}, description = "Follow the release until it settles.")
  boolean watch;

  @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "30m",
      description = "With --watch: how long to follow, such as 90s or 10m (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Override
  int run(ReleaseClient releases) {
    StatusView view = new StatusView(root.clock());
    TestPodRelease release = releases.get(name);
    out().print(view.render(release, releases.events(name)));
    out().flush();
    if (!watch) {
      return ExitCode.OK;
    }
    return follow(releases, view, release);
  }

  private int follow(ReleaseClient releases, StatusView view, TestPodRelease first) {
    StatusPrinter printer = new StatusPrinter(releases, view, first);
    TestPodRelease last = first;
    if (!ReleaseState.settled(first)) {
      try {
        last = releases.resource(name)
            .waitUntilCondition(printer::printIfChangedAndTellIfSettled, timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (KubernetesClientTimeoutException e) {
        spec.commandLine().getErr().println("error: testpodrelease/" + name + " did not settle within " + GoDuration.format(timeout));
        return ExitCode.OUTCOME_NOT_REACHED;
      }
    }
    if (last == null) {
      throw new ReleaseNotFoundException(releases.namespace(), name);
    }
    return ReleaseState.settledIn(last, Phase.Succeeded) ? ExitCode.OK : ExitCode.OUTCOME_NOT_REACHED;
  }

  /** Prints a release again when its status or generation changed since the last print. */
  private final class StatusPrinter {

    private final ReleaseClient releases;
    private final StatusView view;
    private String printedState;

    StatusPrinter(ReleaseClient releases, StatusView view, TestPodRelease printed) {
      this.releases = releases;
      this.view = view;
      this.printedState = stateOf(printed);
    }

    boolean printIfChangedAndTellIfSettled(TestPodRelease release) {
      if (release == null) {
        return true;
      }
      String state = stateOf(release);
      if (!Objects.equals(state, printedState)) {
        printedState = state;
        out().println("---");
        out().print(view.render(release, releases.events(name)));
        out().flush();
      }
      return ReleaseState.settled(release);
    }

    private String stateOf(TestPodRelease release) {
      return release.getMetadata().getGeneration() + " " + SERIALIZATION.asJson(release.getStatus());
    }
  }
}
