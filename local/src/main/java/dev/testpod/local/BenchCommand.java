package dev.testpod.local;

import dev.testpod.api.Phase;
import dev.testpod.api.TestPodRelease;
import dev.testpod.cli.ReleaseClient;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true, description = {
    "Measures, in one local cluster, the time from applying a release whose image tag cannot be pulled to phase",
    "RolledBack, over several runs, with the spec's default validation settings unless options change them."})
final class BenchCommand implements Callable<Integer> {

  static final String NAMESPACE = "bench";
  /** Time {@code helm upgrade --atomic} waits by default before it rolls back: Helm 3's default {@code --timeout} of 5m0s. */
  static final Duration HELM_ATOMIC_DEFAULT_TIMEOUT = Duration.ofMinutes(5);

  @Mixin
  ClusterOptions options;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "5", description = "Number of bad releases (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "10s",
      description = "healthCheck.interval of the releases (default: ${DEFAULT-VALUE}, the spec default).")
  String interval;

  @Option(names = "--success-threshold", paramLabel = "N", defaultValue = "3",
      description = "healthCheck.successThreshold of the releases (default: ${DEFAULT-VALUE}, the spec default).")
  int successThreshold;

  @Override
  public Integer call() throws Exception {
    LocalCluster cluster = LocalCluster.create(options.settings(NAMESPACE), EmbeddedOperator.launcher());
    Thread hook = new Thread(cluster::close, "local-cluster-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      cluster.start();
      return measure(cluster, System.out) ? 0 : 1;
    } finally {
      cluster.close();
      Runtime.getRuntime().removeShutdownHook(hook);
    }
  }

  private boolean measure(LocalCluster cluster, PrintStream out) {
    Clock clock = Clock.systemUTC();
    List<Duration> times = new ArrayList<>();
    try (ReleaseClient releases = cluster.releases(NAMESPACE);
        PhaseTimeline timeline = new PhaseTimeline(releases, DemoReleases.NAME, out, clock)) {
      ReleaseStep step = new ReleaseStep(releases, out, clock);
      if (!step.run("baseline", release("1.0.0"), Phase.Succeeded, Duration.ofMinutes(6)).reached()) {
        return false;
      }
      for (int run = 1; run <= runs; run++) {
        ReleaseStep.Result result = step.run("run " + run + "/" + runs, release("9.9." + run), Phase.RolledBack,
            Duration.ofMinutes(8));
        if (!result.reached()) {
          return false;
        }
        times.add(result.elapsed());
      }
    }
    report(times, out);
    return true;
  }

  private TestPodRelease release(String tag) {
    TestPodRelease release = DemoReleases.release(tag, "5m", List.of());
    release.getSpec().getHealthCheck().setInterval(interval);
    release.getSpec().getHealthCheck().setSuccessThreshold(successThreshold);
    return release;
  }

  private static void report(List<Duration> times, PrintStream out) {
    List<Long> millis = times.stream().map(Duration::toMillis).sorted().toList();
    out.println();
    out.println("== Unpullable tag to RolledBack, " + millis.size() + " runs");
    out.printf("  min %.1f s, median %.1f s, max %.1f s%n", millis.get(0) / 1000.0,
        millis.get(millis.size() / 2) / 1000.0, millis.get(millis.size() - 1) / 1000.0);
    out.printf("  helm upgrade --atomic with its default timeout: %d s before it starts to roll back%n",
        HELM_ATOMIC_DEFAULT_TIMEOUT.toSeconds());
  }
}
