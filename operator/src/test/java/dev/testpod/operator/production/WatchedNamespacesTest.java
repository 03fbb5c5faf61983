package dev.testpod.operator.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.testpod.api.Phase;
import dev.testpod.api.TestPodRelease;
import dev.testpod.operator.leader.LeaderElectionSettings;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WatchedNamespacesTest extends ProductionTestBase {

  @Test
  void operatorIgnoresUnwatchedNamespaces() throws Exception {
    client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName("elsewhere").endMetadata().build())
        .create();
    startOperator(newClient(config -> { }), operatorSettings().withNamespaces(Set.of(NAMESPACE)),
        runtimeSettings(LeaderElectionSettings.disabled()));
    TestPodRelease unwatched = release("app", "ghcr.io/acme/test-pod-app:1.0.0");
    unwatched.getMetadata().setNamespace("elsewhere");
    client.resource(unwatched).create();

    client.resource(release("app", "ghcr.io/acme/test-pod-app:1.0.0")).create();
    awaitPhase("app", Phase.Succeeded);

    await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
        assertThat(client.resources(TestPodRelease.class).inNamespace("elsewhere").withName("app").get().getStatus())
            .as("status of the release in an unwatched namespace").isNull());
    assertThat(client.apps().deployments().inNamespace("elsewhere").list().getItems()).isEmpty();
  }
}
