package dev.testpod.operator;

import dev.testpod.operator.notification.WebhookNotifier;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.util.concurrent.CountDownLatch;

/**
 * Container entry point: reads {@link OperatorSettings#fromEnvironment()}, connects with the
 * in-cluster service account or the ambient kubeconfig, sends outcome notifications through
 * {@link WebhookNotifier}, and runs until the JVM receives a shutdown signal.
 */
public final class OperatorMain {

  private OperatorMain() {}

  public static void main(String[] args) throws InterruptedException {
    KubernetesClient client = new KubernetesClientBuilder().build();
    WebhookNotifier notifier = new WebhookNotifier(client);
    OperatorSettings settings = OperatorSettings.fromEnvironment().withNotifier(notifier);
    TestPodOperator operator = TestPodOperator.start(client, settings);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      operator.stop();
      notifier.close();
      client.close();
      stopped.countDown();
    }, "testpod-operator-shutdown"));
    stopped.await();
  }
}
