package dev.testpod.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class KustomizeRenderTest {

  @ParameterizedTest(name = "deploy/{0}")
  @ValueSource(strings = {".", "base", "overlays/single-namespace"})
  void everyKustomizationRendersNamedObjects(String folder) throws IOException {
    RenderedManifests manifests = RenderedManifests.of(folder);

    assertThat(manifests.all()).isNotEmpty().allSatisfy(object -> {
      assertThat(object.getApiVersion()).as("apiVersion of %s", describe(object)).isNotBlank();
      assertThat(object.getMetadata().getName()).as("name of a %s", object.getKind()).isNotBlank();
    });
  }

  @Test
  void defaultInstallContainsCrdAndOperator() throws IOException {
    RenderedManifests manifests = RenderedManifests.of(".");

    assertThat(manifests.kinds()).containsExactlyInAnyOrder(
        "Namespace", "CustomResourceDefinition", "ServiceAccount", "ClusterRole",
        "ClusterRoleBinding", "Role", "RoleBinding", "Deployment");
    assertThat(manifests.all())
        .filteredOn(object -> object.getMetadata().getNamespace() != null)
        .extracting(object -> object.getMetadata().getNamespace())
        .containsOnly("testpod-system");
    assertThat(watchNamespaces(manifests).getValue()).as("TESTPOD_WATCH_NAMESPACES value").isEmpty();
  }

  @Test
  void singleNamespaceOverlayWatchesOwnNamespace() throws IOException {
    RenderedManifests manifests = RenderedManifests.of("overlays/single-namespace");

    EnvVar watched = watchNamespaces(manifests);

    assertThat(manifests.kinds()).doesNotContain("ClusterRole", "ClusterRoleBinding");
    assertThat(watched.getValue()).as("TESTPOD_WATCH_NAMESPACES value").isNull();
    assertThat(watched.getValueFrom().getFieldRef().getFieldPath()).isEqualTo("metadata.namespace");
  }

  @ParameterizedTest(name = "deploy/{0}")
  @ValueSource(strings = {".", "overlays/single-namespace"})
  void operatorDeploymentIsHardened(String folder) throws IOException {
    Deployment deployment = RenderedManifests.of(folder).get(Deployment.class, "testpod-operator");
    PodSecurityContext pod = deployment.getSpec().getTemplate().getSpec().getSecurityContext();
    Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
    SecurityContext security = container.getSecurityContext();

    assertThat(pod.getRunAsNonRoot()).as("runAsNonRoot").isTrue();
    assertThat(pod.getRunAsUser()).as("runAsUser").isPositive();
    assertThat(pod.getSeccompProfile().getType()).as("seccompProfile").isEqualTo("RuntimeDefault");
    assertThat(security.getReadOnlyRootFilesystem()).as("readOnlyRootFilesystem").isTrue();
    assertThat(security.getAllowPrivilegeEscalation()).as("allowPrivilegeEscalation").isFalse();
    assertThat(security.getCapabilities().getDrop()).as("dropped capabilities").containsExactly("ALL");
    assertThat(security.getCapabilities().getAdd()).as("added capabilities").isEmpty();
    assertThat(container.getLivenessProbe()).as("livenessProbe").isNotNull();
    assertThat(container.getReadinessProbe()).as("readinessProbe").isNotNull();
    assertThat(container.getResources().getRequests()).as("resource requests").containsKeys("cpu", "memory");
    assertThat(container.getResources().getLimits()).as("resource limits").containsKey("memory");
    assertThat(container.getImage()).as("image").startsWith("ghcr.io/").doesNotEndWith(":latest");
    assertThat(deployment.getSpec().getTemplate().getSpec().getServiceAccountName())
        .isEqualTo("testpod-operator");
  }

  private static EnvVar watchNamespaces(RenderedManifests manifests) {
    List<EnvVar> env = manifests.get(Deployment.class, "testpod-operator")
        .getSpec().getTemplate().getSpec().getContainers().get(0).getEnv();
    return env.stream()
        .filter(variable -> variable.getName().equals("TESTPOD_WATCH_NAMESPACES"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("operator container has no TESTPOD_WATCH_NAMESPACES"));
  }

  private static String describe(HasMetadata object) {
    return object.getKind() + " " + object.getMetadata().getName();
  }
}
