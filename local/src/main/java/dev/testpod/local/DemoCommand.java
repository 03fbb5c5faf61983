package dev.testpod.local;

import dev.testpod.api.Phase;
import dev.testpod.cli.ReleaseClient;
import io.fabric8.kubernetes.api.model.Pod;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "demo", mixinStandardHelpOptions = true, description = {
    "Starts a local cluster and plays three releases through the kubectl testpod client code: a good release,",
    "one with an image tag the registry does not have, and one whose critical PostgreSQL check points at a closed",
    "port. Prints each phase change and the time to RolledBack; exits 0 only if every outcome is the expected one."})
final class DemoCommand implements Callable<Integer> {

  static final String NAMESPACE = "demo";
  private static final Duration STEP_TIMEOUT = Duration.ofMinutes(4);

  @Mixin
  ClusterOptions options;

  @Override
  public Integer call() throws Exception {
    LocalSettings settings = options.settings(NAMESPACE);
    LocalCluster cluster = LocalCluster.create(settings, EmbeddedOperator.launcher());
    Thread hook = new Thread(cluster::close, "local-cluster-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      cluster.start();
      return play(cluster, System.out) ? 0 : 1;
    } finally {
      cluster.close();
      Runtime.getRuntime().removeShutdownHook(hook);
    }
  }

  static boolean play(LocalCluster cluster, PrintStream out) throws IOException {
    Clock clock = Clock.systemUTC();
    List<String> summary = new ArrayList<>();
    boolean allExpected = true;
    try (ReleaseClient releases = cluster.releases(NAMESPACE);
        PhaseTimeline timeline = new PhaseTimeline(releases, DemoReleases.NAME, out, clock)) {
      ReleaseStep step = new ReleaseStep(releases, out, clock);

      ReleaseStep.Result good = step.run("1/3 good release", DemoReleases.release("1.0.0", "90s", List.of()),
          Phase.Succeeded, STEP_TIMEOUT);
      printPods(cluster, out);
      summary.add(line("good release 1.0.0", Phase.Succeeded, good));
      allExpected &= good.reached();

      ReleaseStep.Result unknownTag = step.run("2/3 release with an unknown image tag",
          DemoReleases.release("9.9.9", "90s", List.of()), Phase.RolledBack, STEP_TIMEOUT);
      summary.add(line("unknown tag 9.9.9", Phase.RolledBack, unknownTag));
      allExpected &= unknownTag.reached();

      ReleaseStep.Result database = step.run("3/3 release whose critical PostgreSQL check cannot connect",
          DemoReleases.release("1.1.0", "30s", DemoReleases.unreachableCriticalPostgres(closedPort())),
          Phase.RolledBack, STEP_TIMEOUT);
      summary.add(line("PostgreSQL unreachable, 1.1.0 (deadline 30s)", Phase.RolledBack, database));
      allExpected &= database.reached();
    }
    out.println();
    out.println("== Summary");
    summary.forEach(out::println);
    out.println(allExpected ? "Every outcome was the expected one." : "At least one outcome was NOT the expected one.");
    return allExpected;
  }

  private static String line(String release, Phase expected, ReleaseStep.Result result) {
    return String.format("  %-46s %-10s %-10s after %5.1f s", release, expected,
        result.reached() ? "reached" : "NOT reached", result.elapsed().toMillis() / 1000.0);
  }

  private static void printPods(LocalCluster cluster, PrintStream out) {
    for (Pod pod : cluster.client().pods().inNamespace(NAMESPACE).list().getItems()) {
      out.printf("   pod %-32s %-12s ready=%s%n", pod.getMetadata().getName(),
          pod.getStatus() == null ? "" : pod.getStatus().getPodIP(), PodConditions.isReady(pod));
    }
  }

  /** Finds a port on 127.0.0.1 that nothing listens on by binding a free port and closing it again. */
  static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return socket.getLocalPort();
    }
  }
}
