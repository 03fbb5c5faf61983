package dev.testpod.operator.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.testpod.api.HistoryEntry;
import dev.testpod.api.Phase;
import dev.testpod.api.ReleaseLabels;
import dev.testpod.api.TestPodRelease;
import dev.testpod.operator.leader.LeaderElectionSettings;
import dev.testpod.operator.leader.ReplicaRole;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.apps.ControllerRevision;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LeaderElectionTest extends ProductionTestBase {

  private static final String LEASE_NAMESPACE = "testpod-system";
  private static final String RECONCILES = "operator_sdk_reconciliations_started_total{group=\"testpod.dev\","
      + "kind=\"TestPodRelease\",reconciliations_retries_last=\"true\",reconciliations_retries_number=\"0\","
      + "scope=\"namespace\",version=\"v1alpha1\"}";

  @Test
  void onlyLeaderReconcilesAndFollowerTakesOver() throws Exception {
    client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(LEASE_NAMESPACE).endMetadata()
        .build()).create();
    OperatorProcess first = startOperator(newClient(config -> { }), runtimeSettings(election("replica-a")));
    await().atMost(WAIT).until(() -> first.leadership().role() == ReplicaRole.LEADER);
    OperatorProcess second = startOperator(newClient(config -> { }), runtimeSettings(election("replica-b")));

    client.resource(release("app", "ghcr.io/acme/test-pod-app:1.0.0")).create();
    awaitPhase("app", Phase.Succeeded);

    assertThat(lease().getSpec().getHolderIdentity()).isEqualTo("replica-a");
    assertThat(second.leadership().role()).isEqualTo(ReplicaRole.FOLLOWER);
    var followerReadiness = httpGet(second, "/readyz");
    assertThat(followerReadiness.statusCode()).as("a follower with synced informers is ready").isEqualTo(200);
    assertThat(followerReadiness.body()).contains("\"role\":\"FOLLOWER\"").contains("\"leader\":\"replica-a\"");
    assertThat(reconciles(first)).hasValueSatisfying(count -> assertThat(count).isPositive());
    assertThat(reconciles(second)).as("reconciles on the follower").isEmpty();

    first.close();
    await().atMost(WAIT).until(() -> second.leadership().role() == ReplicaRole.LEADER);
    assertThat(lease().getSpec().getHolderIdentity()).isEqualTo("replica-b");
    setImage("app", "ghcr.io/acme/test-pod-app:1.1.0");
    await().atMost(WAIT).untilAsserted(() -> assertThat(get("app").getStatus().getRevision()).isEqualTo(2L));
    TestPodRelease release = awaitPhase("app", Phase.Succeeded);

    assertThat(release.getStatus().getStableImage()).isEqualTo("ghcr.io/acme/test-pod-app:1.1.0");
    assertThat(release.getStatus().getHistory()).extracting(HistoryEntry::getRevision).containsExactly(2L, 1L);
    assertThat(controllerRevisions()).extracting(ControllerRevision::getRevision).containsExactlyInAnyOrder(1L, 2L);
    assertThat(httpGet(second, "/readyz").body()).contains("\"role\":\"LEADER\"");
    assertThat(reconciles(second)).hasValueSatisfying(count -> assertThat(count).isPositive());
  }

  private static LeaderElectionSettings election(String identity) {
    return new LeaderElectionSettings(true, "testpod-operator", Optional.of(LEASE_NAMESPACE), identity,
        Duration.ofSeconds(3), Duration.ofSeconds(2), Duration.ofMillis(250));
  }

  private Lease lease() {
    return client.leases().inNamespace(LEASE_NAMESPACE).withName("testpod-operator").get();
  }

  private List<ControllerRevision> controllerRevisions() {
    return client.apps().controllerRevisions().inNamespace(NAMESPACE).withLabel(ReleaseLabels.RELEASE, "app")
        .list().getItems();
  }

  private Optional<Double> reconciles(OperatorProcess process) throws Exception {
    return new PrometheusScrape(httpGet(process, "/metrics").body()).value(RECONCILES);
  }
}
