package dev.testpod.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RbacCoverageTest {

  private static final String OPERATOR = "testpod-operator";
  private static final String LEADER_ELECTION = "testpod-operator-leader-election";

  @Test
  void clusterRoleGrantsExactlyOperatorCalls() throws IOException {
    RenderedManifests manifests = RenderedManifests.of(".");

    ClusterRole role = manifests.get(ClusterRole.class, OPERATOR);

    assertThat(ApiAccess.grantedBy(role.getRules()))
        .containsExactlyInAnyOrderElementsOf(OperatorApiCalls.inWatchedNamespaces());
  }

  @Test
  void namespacedRoleGrantsExactlyOperatorCalls() throws IOException {
    RenderedManifests manifests = RenderedManifests.of("overlays/single-namespace");

    Role role = manifests.get(Role.class, OPERATOR);

    assertThat(ApiAccess.grantedBy(role.getRules()))
        .containsExactlyInAnyOrderElementsOf(OperatorApiCalls.inWatchedNamespaces());
    assertThat(manifests.find(ClusterRole.class, OPERATOR)).isEmpty();
    assertThat(manifests.find(ClusterRoleBinding.class, OPERATOR)).isEmpty();
  }

  @Test
  void leaderElectionRoleGrantsOnlyLeases() throws IOException {
    for (String folder : List.of(".", "overlays/single-namespace")) {
      RenderedManifests manifests = RenderedManifests.of(folder);

      Role role = manifests.get(Role.class, LEADER_ELECTION);

      assertThat(ApiAccess.grantedBy(role.getRules()))
          .as("leader election Role in deploy/%s", folder)
          .containsExactlyInAnyOrderElementsOf(OperatorApiCalls.inOperatorNamespace());
      assertThat(role.getMetadata().getNamespace())
          .as("leader election Role namespace in deploy/%s", folder)
          .isEqualTo("testpod-system");
    }
  }

  @Test
  void bindingsNameOperatorServiceAccount() throws IOException {
    RenderedManifests cluster = RenderedManifests.of(".");
    RenderedManifests namespaced = RenderedManifests.of("overlays/single-namespace");

    ClusterRoleBinding clusterBinding = cluster.get(ClusterRoleBinding.class, OPERATOR);
    assertThat(clusterBinding.getRoleRef().getKind()).isEqualTo("ClusterRole");
    assertThat(clusterBinding.getRoleRef().getName()).isEqualTo(OPERATOR);
    assertThat(clusterBinding.getSubjects()).singleElement().satisfies(subject -> {
      assertThat(subject.getKind()).isEqualTo("ServiceAccount");
      assertThat(subject.getName()).isEqualTo(OPERATOR);
      assertThat(subject.getNamespace()).isEqualTo("testpod-system");
    });

    for (RoleBinding binding : List.of(namespaced.get(RoleBinding.class, OPERATOR),
        namespaced.get(RoleBinding.class, LEADER_ELECTION))) {
      assertThat(binding.getRoleRef().getKind()).as("roleRef of %s", binding.getMetadata().getName())
          .isEqualTo("Role");
      assertThat(binding.getSubjects()).singleElement().satisfies(subject -> {
        assertThat(subject.getName()).isEqualTo(OPERATOR);
        assertThat(subject.getNamespace()).isEqualTo("testpod-system");
      });
    }
  }

  @Test
  void rulesUseNoWildcards() throws IOException {
    List<PolicyRule> rules = Stream.of(".", "overlays/single-namespace")
        .flatMap(folder -> rulesOf(folder).stream())
        .toList();

    assertThat(rules).isNotEmpty().allSatisfy(rule -> {
      assertThat(rule.getApiGroups()).doesNotContain("*");
      assertThat(rule.getResources()).doesNotContain("*");
      assertThat(rule.getVerbs()).doesNotContain("*");
    });
  }

  private static List<PolicyRule> rulesOf(String folder) {
    try {
      RenderedManifests manifests = RenderedManifests.of(folder);
      Stream<PolicyRule> clusterRules = manifests.all().stream()
          .filter(ClusterRole.class::isInstance)
          .flatMap(role -> ((ClusterRole) role).getRules().stream());
      Stream<PolicyRule> namespacedRules = manifests.all().stream()
          .filter(Role.class::isInstance)
          .flatMap(role -> ((Role) role).getRules().stream());
      return Stream.concat(clusterRules, namespacedRules).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
