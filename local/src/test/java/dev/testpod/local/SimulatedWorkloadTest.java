package dev.testpod.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarSourceBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentCondition;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulated Deployment controller and kubelet without the operator: Deployments applied
 * directly, pods run as real test-pod-app processes, readiness read from the app itself.
 */
class SimulatedWorkloadTest {

  private static final String APP = "ghcr.io/acme/test-pod-app";
  private static final Duration POD_START = Duration.ofSeconds(90);

  @TempDir
  static Path workDirectory;

  private static LocalCluster cluster;
  private static KubernetesClient client;

  @BeforeAll
  static void startCluster() throws Exception {
    LocalSettings settings = LocalSettings.defaults(workDirectory, AppJar.require())
        .withRunOperator(false)
        .withCrashBackoff(Duration.ofSeconds(1));
    cluster = LocalCluster.start(settings, kubernetes -> () -> { });
    client = cluster.client();
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void rollingUpdateReplacesPodsWithoutDowntime() {
    String namespace = namespace("rolling");
    apply(namespace, deployment("web", APP + ":1.0.0", 2, List.of()));
    await().ignoreExceptions().atMost(POD_START).untilAsserted(() -> assertRolledOut(namespace, "web", 2));
    List<Pod> firstPods = pods(namespace);
    assertThat(firstPods).allSatisfy(pod -> {
      assertThat(pod.getStatus().getPodIP()).startsWith("127.0.0.");
      assertThat(PodProbe.status(pod.getStatus().getPodIP(), 8080, "/q/health/live")).isEqualTo(200);
    });
    assertThat(firstPods.get(0).getStatus().getPodIP()).isNotEqualTo(firstPods.get(1).getStatus().getPodIP());

    AtomicInteger fewestReady = new AtomicInteger(2);
    apply(namespace, deployment("web", APP + ":1.1.0", 2, List.of()));
    await().ignoreExceptions().atMost(POD_START.multipliedBy(2)).untilAsserted(() -> {
      fewestReady.accumulateAndGet(readyPods(namespace), Math::min);
      assertRolledOut(namespace, "web", 2);
      assertThat(pods(namespace)).extracting(pod -> pod.getSpec().getContainers().get(0).getImage())
          .containsOnly(APP + ":1.1.0");
    });

    assertThat(fewestReady.get()).as("ready pods during the rolling update (maxUnavailable 0)").isEqualTo(2);
    assertThat(client.apps().replicaSets().inNamespace(namespace).list().getItems()).hasSize(2);
  }

  @Test
  void unknownTagStaysInImagePullBackOff() {
    String namespace = namespace("unknown-tag");
    apply(namespace, deployment("web", APP + ":1.0.0", 1, List.of()));
    await().ignoreExceptions().atMost(POD_START).untilAsserted(() -> assertRolledOut(namespace, "web", 1));
    String oldIp = pods(namespace).get(0).getStatus().getPodIP();

    Deployment broken = deployment("web", APP + ":9.9.9", 1, List.of());
    broken.getSpec().setProgressDeadlineSeconds(3);
    apply(namespace, broken);

    await().ignoreExceptions().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
      assertThat(waitingReasons(namespace)).contains("ImagePullBackOff");
      assertThat(progressing(namespace, "web")).hasValueSatisfying(condition -> {
        assertThat(condition.getStatus()).isEqualTo("False");
        assertThat(condition.getReason()).isEqualTo("ProgressDeadlineExceeded");
      });
    });
    assertThat(PodProbe.status(oldIp, 8080, "/q/health/live")).isEqualTo(200);
    assertThat(pods(namespace)).hasSize(2);
  }

  @Test
  void foreignRepositoryCannotBePulled() {
    String namespace = namespace("foreign");
    apply(namespace, deployment("web", "docker.io/library/nginx:1.27", 1, List.of()));

    await().ignoreExceptions().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
      ContainerStatus status = pods(namespace).get(0).getStatus().getContainerStatuses().get(0);
      assertThat(status.getState().getWaiting().getReason()).isIn("ErrImagePull", "ImagePullBackOff");
      assertThat(status.getState().getWaiting().getMessage()).contains("docker.io/library/nginx is not in the local registry");
    });
  }

  @Test
  void exitedProcessEntersCrashLoopBackOff() {
    String namespace = namespace("crash");
    EnvVar invalidSetting = new EnvVar("TESTPOD_AUTH_TOKEN_LIFETIME", "forever", null);
    apply(namespace, deployment("web", APP + ":1.0.0", 1, List.of(invalidSetting)));

    await().ignoreExceptions().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
      ContainerStatus status = pods(namespace).get(0).getStatus().getContainerStatuses().get(0);
      assertThat(status.getRestartCount()).isGreaterThanOrEqualTo(2);
      assertThat(status.getLastState().getTerminated().getExitCode()).isNotZero();
    });
    assertThat(waitingReasons(namespace)).containsAnyOf("CrashLoopBackOff", null);
  }

  @Test
  void missingSecretIsCreateContainerConfigError() {
    String namespace = namespace("missing-secret");
    EnvVar fromSecret = new EnvVar("DB_PASSWORD", null, new EnvVarSourceBuilder()
        .withNewSecretKeyRef().withName("db").withKey("password").endSecretKeyRef().build());
    apply(namespace, deployment("web", APP + ":1.0.0", 1, List.of(fromSecret)));

    await().ignoreExceptions().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
      ContainerStatus status = pods(namespace).get(0).getStatus().getContainerStatuses().get(0);
      assertThat(status.getState().getWaiting().getReason()).isEqualTo("CreateContainerConfigError");
      assertThat(status.getState().getWaiting().getMessage()).isEqualTo("secret \"db\" not found");
    });
  }

  private static void assertRolledOut(String namespace, String name, int replicas) {
    Deployment deployment = client.apps().deployments().inNamespace(namespace).withName(name).get();
    assertThat(deployment.getStatus()).isNotNull();
    assertThat(deployment.getStatus().getObservedGeneration()).isEqualTo(deployment.getMetadata().getGeneration());
    assertThat(deployment.getStatus().getUpdatedReplicas()).isEqualTo(replicas);
    assertThat(deployment.getStatus().getAvailableReplicas()).isEqualTo(replicas);
    assertThat(deployment.getStatus().getReplicas()).isEqualTo(replicas);
    assertThat(progressing(namespace, name)).hasValueSatisfying(
        condition -> assertThat(condition.getReason()).isEqualTo("NewReplicaSetAvailable"));
  }

  private static Optional<DeploymentCondition> progressing(String namespace, String name) {
    Deployment deployment = client.apps().deployments().inNamespace(namespace).withName(name).get();
    if (deployment.getStatus() == null) {
      return Optional.empty();
    }
    return deployment.getStatus().getConditions().stream().filter(c -> "Progressing".equals(c.getType())).findFirst();
  }

  private static List<Pod> pods(String namespace) {
    return client.pods().inNamespace(namespace).list().getItems();
  }

  private static int readyPods(String namespace) {
    return (int) pods(namespace).stream().filter(PodConditions::isReady).count();
  }

  private static List<String> waitingReasons(String namespace) {
    return pods(namespace).stream()
        .filter(pod -> pod.getStatus() != null && pod.getStatus().getContainerStatuses() != null)
        .map(pod -> pod.getStatus().getContainerStatuses().get(0).getState().getWaiting())
        .map(waiting -> waiting == null ? null : waiting.getReason())
        .toList();
  }

  private static String namespace(String name) {
    cluster.createNamespace(name);
    return name;
  }

  private static void apply(String namespace, Deployment deployment) {
    client.apps().deployments().inNamespace(namespace).resource(deployment).createOr(existing -> existing.update());
  }

  private static Deployment deployment(String name, String image, int replicas, List<EnvVar> env) {
    Map<String, String> labels = Map.of("app", name);
    return new DeploymentBuilder()
        .withNewMetadata().withName(name).endMetadata()
        .withNewSpec()
          .withReplicas(replicas)
          .withNewSelector().withMatchLabels(labels).endSelector()
          .withNewStrategy().withType("RollingUpdate")
            .withNewRollingUpdate().withMaxSurge(new IntOrString(1)).withMaxUnavailable(new IntOrString(0)).endRollingUpdate()
          .endStrategy()
          .withNewTemplate()
            .withNewMetadata().withLabels(labels).endMetadata()
            .withNewSpec()
              .addNewContainer()
                .withName("app").withImage(image).withEnv(env)
                .addNewPort().withName("http").withContainerPort(8080).endPort()
                .withNewReadinessProbe()
                  .withNewHttpGet().withPath("/q/health/live").withPort(new IntOrString("http")).endHttpGet()
                  .withPeriodSeconds(1).withTimeoutSeconds(1).withFailureThreshold(3)
                .endReadinessProbe()
              .endContainer()
            .endSpec()
          .endTemplate()
        .endSpec()
        .build();
  }
}
