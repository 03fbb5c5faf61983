package dev.testpod.operator;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.util.concurrent.CountDownLatch;

/**
 * Container entry point: reads {@link OperatorSettings#fromEnvironment()}, connects with the
 * in-cluster service account or the ambient kubeconfig, and runs until the JVM is told to stop.
 */
public final class OperatorMain {

  private OperatorMain() {}

  public static void main(String[] args) throws InterruptedException {
    OperatorSettings settings = OperatorSettings.fromEnvironment();
    KubernetesClient client = new KubernetesClientBuilder().build();
    TestPodOperator operator = TestPodOperator.start(client, settings);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      operator.stop();
      client.close();
      stopped.countDown();
    }, "testpod-operator-shutdown"));
    stopped.await();
  }
}
