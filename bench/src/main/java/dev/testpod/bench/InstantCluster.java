package dev.testpod.bench;

import dev.testpod.api.ReleaseLabels;
import io.fabric8.kubernetes.api.model.ContainerStateBuilder;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentConditionBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatus;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays the Deployment controller and the kubelet without starting processes. When a Deployment
 * changes, it replaces the release's pods with pods of the template's revision that are Running and
 * Ready at once on 127.0.0.1. Then it writes the Deployment status as complete. No rolling update is
 * simulated.
 */
final class InstantCluster implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(InstantCluster.class);

  private final KubernetesClient client;
  private final ExecutorService workers = Executors.newFixedThreadPool(2);
  private final Set<String> queued = ConcurrentHashMap.newKeySet();
  private final AtomicLong podNumbers = new AtomicLong();
  private final SharedIndexInformer<Deployment> informer;

  InstantCluster(KubernetesClient client) {
    this.client = client;
    this.informer = client.apps().deployments().inAnyNamespace().inform(new ResourceEventHandler<>() {
      @Override
      public void onAdd(Deployment deployment) {
        enqueue(deployment);
      }

      @Override
      public void onUpdate(Deployment before, Deployment after) {
        enqueue(after);
      }

      @Override
      public void onDelete(Deployment deployment, boolean unknownFinalState) {
      }
    });
  }

  private void enqueue(Deployment deployment) {
    String namespace = deployment.getMetadata().getNamespace();
    String name = deployment.getMetadata().getName();
    if (queued.add(namespace + "/" + name)) {
      workers.submit(() -> {
        queued.remove(namespace + "/" + name);
        try {
          converge(namespace, name);
        } catch (RuntimeException e) {
          LOG.warn("Simulated controller failed on Deployment {}/{}; its next change retries", namespace, name, e);
        }
      });
    }
  }

  private void converge(String namespace, String name) {
    Deployment deployment = client.apps().deployments().inNamespace(namespace).withName(name).get();
    if (deployment == null) {
      return;
    }
    String revision = deployment.getSpec().getTemplate().getMetadata().getLabels().get(ReleaseLabels.REVISION);
    int replicas = deployment.getSpec().getReplicas() == null ? 1 : deployment.getSpec().getReplicas();
    List<Pod> pods = client.pods().inNamespace(namespace).withLabel(ReleaseLabels.RELEASE, name).list().getItems();
    long current = 0;
    for (Pod pod : pods) {
      if (revision.equals(pod.getMetadata().getLabels().get(ReleaseLabels.REVISION))) {
        current++;
      } else {
        client.resource(pod).delete();
      }
    }
    for (long i = current; i < replicas; i++) {
      startPod(deployment, revision);
    }
    writeStatus(deployment, replicas);
  }

  private void startPod(Deployment deployment, String revision) {
    var template = deployment.getSpec().getTemplate();
    String image = template.getSpec().getContainers().get(0).getImage();
    Pod pod = client.resource(new PodBuilder()
        .withNewMetadata()
          .withName(deployment.getMetadata().getName() + "-" + revision + "-" + podNumbers.incrementAndGet())
          .withNamespace(deployment.getMetadata().getNamespace())
          .withLabels(template.getMetadata().getLabels())
        .endMetadata()
        .withSpec(template.getSpec())
        .build()).create();
    client.pods().inNamespace(pod.getMetadata().getNamespace()).withName(pod.getMetadata().getName())
        .editStatus(running -> {
          running.setStatus(new PodStatusBuilder()
              .withPhase("Running")
              .withPodIP("127.0.0.1")
              .withConditions(new PodConditionBuilder().withType("Ready").withStatus("True").build())
              .withContainerStatuses(new ContainerStatusBuilder()
                  .withName("app").withImage(image).withReady(true).withRestartCount(0)
                  .withState(new ContainerStateBuilder().withNewRunning().withStartedAt("2026-01-01T00:00:00Z")
                      .endRunning().build())
                  .build())
              .build());
          return running;
        });
  }

  private void writeStatus(Deployment deployment, int replicas) {
    DeploymentStatus status = new DeploymentStatusBuilder()
        .withObservedGeneration(deployment.getMetadata().getGeneration())
        .withReplicas(replicas)
        .withUpdatedReplicas(replicas)
        .withReadyReplicas(replicas)
        .withAvailableReplicas(replicas)
        .withUnavailableReplicas(0)
        .withConditions(new DeploymentConditionBuilder().withType("Progressing").withStatus("True")
            .withReason("NewReplicaSetAvailable").withMessage("rolled out").build())
        .build();
    if (status.equals(deployment.getStatus())) {
      return;
    }
    client.apps().deployments().inNamespace(deployment.getMetadata().getNamespace())
        .withName(deployment.getMetadata().getName())
        .editStatus(current -> {
          current.setStatus(status);
          return current;
        });
  }

  @Override
  public void close() throws InterruptedException {
    informer.close();
    workers.shutdownNow();
    workers.awaitTermination(5, TimeUnit.SECONDS);
  }
}
