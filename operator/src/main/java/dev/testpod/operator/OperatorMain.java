package dev.testpod.operator;

import dev.testpod.operator.config.EnvironmentReader;
import dev.testpod.operator.config.RuntimeSettings;
import dev.testpod.operator.logging.LogSetup;
import dev.testpod.operator.production.OperatorProcess;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.util.concurrent.CountDownLatch;

/**
 * Container entry point: reads and validates {@link OperatorSettings#fromEnvironment()} and
 * {@link RuntimeSettings#fromEnvironment()}, connects with the in-cluster service account or the
 * ambient kubeconfig, and runs {@link OperatorProcess}, which sends outcome notifications through
 * the webhook notifier, until the JVM receives a shutdown signal. An invalid setting ends the
 * process with exit code 2 and a message naming the variable and its value.
 */
public final class OperatorMain {

  private static final int INVALID_CONFIGURATION = 2;

  private OperatorMain() {}

  public static void main(String[] args) throws InterruptedException {
    OperatorSettings settings;
    RuntimeSettings runtime;
    try {
      new EnvironmentReader(System.getenv()).namespaces(OperatorSettings.ENV_NAMESPACES);
      settings = OperatorSettings.fromEnvironment();
      runtime = RuntimeSettings.fromEnvironment();
    } catch (IllegalArgumentException e) {
      System.err.println("Invalid operator configuration: " + e.getMessage());
      System.exit(INVALID_CONFIGURATION);
      return;
    }
    LogSetup.configure(runtime.logFormat(), runtime.logLevel());
    KubernetesClient client = new KubernetesClientBuilder().build();
    OperatorProcess process = OperatorProcess.start(client, settings, runtime);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      process.close();
      client.close();
      stopped.countDown();
    }, "testpod-operator-shutdown"));
    stopped.await();
  }
}
