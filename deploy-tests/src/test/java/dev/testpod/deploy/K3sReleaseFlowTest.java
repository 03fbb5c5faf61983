package dev.testpod.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.testpod.api.EventReason;
import dev.testpod.api.Phase;
import dev.testpod.api.TestPodRelease;
import dev.testpod.api.TestPodReleaseStatus;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.k3s.K3sContainer;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * The real operator image, installed from deploy/ into k3s, rolls out the real app image, rolls
 * back an unpullable tag and a configuration that crashes the app. The steps build on each other,
 * so they run in order on one cluster.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class K3sReleaseFlowTest {

  private static final String NAMESPACE = "e2e";
  private static final String RELEASE = "test-pod";
  private static final String APP_TAG = "e2e";
  private static final String APP_IMAGE = "testpod-e2e/test-pod-app:" + APP_TAG;
  private static final String OPERATOR_IMAGE = "testpod-e2e/testpod-operator:" + APP_TAG;
  private static final Duration OUTCOME_TIMEOUT = Duration.ofMinutes(6);

  private K3sContainer k3s;
  private KubernetesClient client;
  /** Why the suite cannot run here, rethrown by each test so that reports count them as skipped. */
  private TestAbortedException skipped;

  @BeforeAll
  void startClusterWithOperator(@TempDir Path workDir) throws IOException {
    K3sPreconditions settings;
    try {
      settings = K3sPreconditions.check();
    } catch (TestAbortedException e) {
      skipped = e;
      return;
    }
    AppTestImage.build(settings.appImage(), APP_IMAGE, workDir);
    tag(settings.operatorImage(), OPERATOR_IMAGE);
    Path images = save(workDir, APP_IMAGE, OPERATOR_IMAGE);

    // k3s imports every image tarball in this folder when its agent starts.
    k3s = new K3sContainer(DockerImageName.parse(settings.k3sImage()).asCompatibleSubstituteFor("rancher/k3s"))
        .withCopyFileToContainer(MountableFile.forHostPath(images), "/var/lib/rancher/k3s/agent/images/testpod.tar");
    k3s.start();
    client = new KubernetesClientBuilder().withConfig(Config.fromKubeconfig(k3s.getKubeConfigYaml())).build();

    installDeployFolder();
    client.apps().deployments().inNamespace("testpod-system").withName("testpod-operator")
        .waitUntilReady(3, TimeUnit.MINUTES);
    client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(NAMESPACE).endMetadata().build())
        .create();
  }

  @BeforeEach
  void skipWhenClusterCannotRun() {
    if (skipped != null) {
      throw skipped;
    }
  }

  @AfterAll
  void stopCluster() {
    if (client != null) {
      client.close();
    }
    if (k3s != null) {
      k3s.stop();
    }
  }

  @Test
  @Order(1)
  void goodReleaseSucceeds() {
    client.resource(release(APP_IMAGE, List.of())).create();

    TestPodReleaseStatus status = awaitPhase(Phase.Succeeded);

    assertThat(status.getImage()).as("status.image").isEqualTo(APP_IMAGE);
    assertThat(status.getStableRevision()).as("status.stableRevision").isEqualTo(1L);
    assertThat(eventReasons()).contains(EventReason.RolloutStarted.name(), EventReason.ValidationSucceeded.name());
  }

  @Test
  @Order(2)
  void unpullableTagRollsBack() {
    String missing = "testpod-e2e/test-pod-app:no-such-tag";
    releases().edit(release -> {
      release.getSpec().setImage(missing);
      return release;
    });

    TestPodReleaseStatus status = awaitPhase(Phase.RolledBack);

    assertThat(status.getImage()).as("status.image after rollback").isEqualTo(APP_IMAGE);
    assertThat(status.getValidation().getFailureReason()).as("status.validation.failureReason")
        .containsAnyOf("ErrImagePull", "ImagePullBackOff");
    assertThat(deployedImage()).isEqualTo(APP_IMAGE);
    assertThat(eventReasons()).contains(EventReason.ValidationFailed.name(),
        EventReason.RollbackStarted.name(), EventReason.RolledBack.name());
  }

  @Test
  @Order(3)
  void crashingConfigurationRollsBack() {
    releases().edit(release -> {
      release.getSpec().setImage(APP_IMAGE);
      release.getSpec().setEnv(appEnv(List.of(new EnvVar("TESTPOD_AUTH_USERS_FILE", "/etc/testpod/missing", null))));
      return release;
    });

    TestPodReleaseStatus status = awaitPhase(Phase.RolledBack);

    assertThat(status.getValidation().getFailureReason()).as("status.validation.failureReason")
        .contains("CrashLoopBackOff");
    assertThat(deployedEnv()).as("container env after rollback")
        .contains(new EnvVar("TESTPOD_AUTH_USERS_FILE", "/etc/testpod/users", null));
  }

  private TestPodRelease release(String image, List<EnvVar> overrides) {
    TestPodRelease release = Serialization.unmarshal("""
        apiVersion: testpod.dev/v1alpha1
        kind: TestPodRelease
        metadata:
          name: %s
          namespace: %s
        spec:
          image: %s
          replicas: 1
          healthCheck:
            path: /q/health/ready
            versionPath: /version
            timeout: 3m
            interval: 5s
            successThreshold: 2
            failFast: true
          rollback:
            automatic: true
        """.formatted(RELEASE, NAMESPACE, image), TestPodRelease.class);
    release.getSpec().setEnv(appEnv(overrides));
    return release;
  }

  /** Returns the env the app image needs, with OVERRIDES replacing variables of the same name. */
  private static List<EnvVar> appEnv(List<EnvVar> overrides) {
    List<EnvVar> env = new ArrayList<>();
    for (String[] variable : AppTestImage.ENV) {
      env.add(new EnvVar(variable[0], variable[1], null));
    }
    env.add(new EnvVar("TESTPOD_VERSION", APP_TAG, null));
    for (EnvVar override : overrides) {
      env.removeIf(variable -> variable.getName().equals(override.getName()));
      env.add(override);
    }
    return env;
  }

  private io.fabric8.kubernetes.client.dsl.Resource<TestPodRelease> releases() {
    return client.resources(TestPodRelease.class).inNamespace(NAMESPACE).withName(RELEASE);
  }

  private TestPodReleaseStatus awaitPhase(Phase expected) {
    await().atMost(OUTCOME_TIMEOUT).pollInterval(Duration.ofSeconds(5)).untilAsserted(() -> {
      TestPodRelease current = releases().get();
      TestPodReleaseStatus status = current.getStatus();
      assertThat(status).as("status of %s", RELEASE).isNotNull();
      assertThat(status.getObservedGeneration()).as("status.observedGeneration")
          .isEqualTo(current.getMetadata().getGeneration());
      assertThat(status.getPhase()).as("status.phase (message: %s)", status.getMessage()).isEqualTo(expected);
    });
    return releases().get().getStatus();
  }

  private List<String> eventReasons() {
    return client.v1().events().inNamespace(NAMESPACE).list().getItems().stream()
        .filter(event -> RELEASE.equals(event.getInvolvedObject().getName()))
        .map(Event::getReason)
        .toList();
  }

  private Deployment appDeployment() {
    return client.apps().deployments().inNamespace(NAMESPACE).withLabel("testpod.dev/release", RELEASE)
        .list().getItems().stream().findFirst()
        .orElseThrow(() -> new AssertionError("no Deployment labelled testpod.dev/release=" + RELEASE));
  }

  private String deployedImage() {
    return appDeployment().getSpec().getTemplate().getSpec().getContainers().get(0).getImage();
  }

  private List<EnvVar> deployedEnv() {
    return appDeployment().getSpec().getTemplate().getSpec().getContainers().get(0).getEnv();
  }

  /** Applies what `kubectl apply -k deploy/` applies, with the operator image under test. */
  private void installDeployFolder() throws IOException {
    List<HasMetadata> objects = RenderedManifests.of(".").all();
    for (HasMetadata object : objects) {
      if (object instanceof CustomResourceDefinition crd) {
        client.resource(crd).serverSideApply();
        client.apiextensions().v1().customResourceDefinitions().withName(crd.getMetadata().getName())
            .waitUntilCondition(K3sReleaseFlowTest::isEstablished, 1, TimeUnit.MINUTES);
      }
    }
    for (HasMetadata object : objects) {
      if (object instanceof CustomResourceDefinition) {
        continue;
      }
      HasMetadata copy = Serialization.clone(object);
      if (copy instanceof Deployment deployment) {
        var container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
        container.setImage(OPERATOR_IMAGE);
        container.setImagePullPolicy("Never");
      }
      client.resource(copy).serverSideApply();
    }
  }

  private static boolean isEstablished(CustomResourceDefinition crd) {
    return crd != null && crd.getStatus() != null && crd.getStatus().getConditions().stream()
        .anyMatch(condition -> "Established".equals(condition.getType()) && "True".equals(condition.getStatus()));
  }

  private static void tag(String source, String target) {
    int colon = target.lastIndexOf(':');
    DockerClientFactory.lazyClient().tagImageCmd(source, target.substring(0, colon), target.substring(colon + 1))
        .exec();
  }

  private static Path save(Path workDir, String... images) throws IOException {
    Path tarball = workDir.resolve("images.tar");
    var command = DockerClientFactory.lazyClient().saveImagesCmd();
    for (String image : images) {
      int colon = image.lastIndexOf(':');
      command.withImage(image.substring(0, colon), image.substring(colon + 1));
    }
    try (InputStream stream = command.exec()) {
      Files.copy(stream, tarball, StandardCopyOption.REPLACE_EXISTING);
    }
    return tarball;
  }
}
