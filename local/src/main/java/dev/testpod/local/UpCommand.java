package dev.testpod.local;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "up", mixinStandardHelpOptions = true,
    description = "Starts a local cluster and runs it until interrupted (Ctrl-C), then stops every pod process.")
final class UpCommand implements Callable<Integer> {

  @Mixin
  ClusterOptions options;

  @Option(names = {"-n", "--namespace"}, paramLabel = "NAMESPACE", defaultValue = "default",
      description = "Namespace created at start and set in the kubeconfig context (default: ${DEFAULT-VALUE}).")
  String namespace;

  @Option(names = "--no-operator",
      description = "Do not start the operator: Deployments, ReplicaSets and pods only.")
  boolean noOperator;

  @Override
  public Integer call() throws Exception {
    LocalSettings settings = options.settings(namespace).withRunOperator(!noOperator);
    LocalCluster cluster = LocalCluster.create(settings, EmbeddedOperator.launcher());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      cluster.close();
      stopped.countDown();
    }, "local-cluster-shutdown"));
    cluster.start();
    System.out.println();
    System.out.println("Local cluster running. Drive it with the kubectl testpod plugin:");
    System.out.println("  export KUBECONFIG=" + settings.kubeconfig().toAbsolutePath());
    System.out.println("  cli/target/kubectl-testpod apply -f release.yaml");
    System.out.println("Press Ctrl-C to stop it and every pod process.");
    stopped.await();
    return 0;
  }
}
