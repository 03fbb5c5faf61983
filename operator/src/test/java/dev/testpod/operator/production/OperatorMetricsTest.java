package dev.testpod.operator.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.testpod.api.Phase;
import dev.testpod.operator.leader.LeaderElectionSettings;
import dev.testpod.operator.support.PodBehavior;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class OperatorMetricsTest extends ProductionTestBase {

  private static final String GOOD = "ghcr.io/acme/test-pod-app:1.0.0";
  private static final String CRASHING = "ghcr.io/acme/test-pod-app:2.0.0";

  @Test
  void metricsCountOutcomesRollbacksAndPhases() throws Exception {
    OperatorProcess operator = startOperator(newClient(config -> { }), runtimeSettings(LeaderElectionSettings.disabled()));
    cluster.behave(CRASHING, PodBehavior.CRASH_LOOP);

    client.resource(release("steady", GOOD)).create();
    client.resource(release("flaky", GOOD)).create();
    awaitPhase("steady", Phase.Succeeded);
    awaitPhase("flaky", Phase.Succeeded);
    setImage("flaky", CRASHING);
    awaitPhase("flaky", Phase.RolledBack);

    await().atMost(WAIT).untilAsserted(() -> assertThat(scrape(operator).value("testpod_releases{phase=\"RolledBack\"}"))
        .hasValue(1.0));
    PrometheusScrape metrics = scrape(operator);

    assertThat(metrics.value("testpod_releases{phase=\"Succeeded\"}")).hasValue(1.0);
    assertThat(metrics.value("testpod_releases{phase=\"Validating\"}")).hasValue(0.0);
    assertThat(metrics.value("testpod_rollouts_total{result=\"Succeeded\"}")).hasValue(2.0);
    assertThat(metrics.value("testpod_rollouts_total{result=\"RolledBack\"}")).hasValue(1.0);
    assertThat(metrics.value("testpod_rollouts_total{result=\"Failed\"}")).hasValue(0.0);
    assertThat(metrics.value("testpod_rollbacks_total{reason=\"CrashLoopBackOff\"}")).hasValue(1.0);
    assertThat(metrics.samples("testpod_rollbacks_total")).hasSize(1);
    assertThat(metrics.value("testpod_time_to_detect_seconds_count{reason=\"CrashLoopBackOff\"}")).hasValue(1.0);
    assertThat(metrics.value("testpod_time_to_detect_seconds_bucket{reason=\"CrashLoopBackOff\",le=\"5.0\"}"))
        .hasValue(1.0);
    assertThat(metrics.value("testpod_time_to_rollback_seconds_count")).hasValue(1.0);
    assertThat(metrics.value("testpod_time_to_rollback_seconds_bucket{le=\"3600.0\"}")).hasValue(1.0);
    assertThat(metrics.value("testpod_time_to_rollback_seconds_sum")).hasValueSatisfying(
        seconds -> assertThat(seconds).isPositive().isLessThan(WAIT.toSeconds()));
  }

  @Test
  void metricsIncludeReconcileMetricsOfJosdk() throws Exception {
    OperatorProcess operator = startOperator(newClient(config -> { }), runtimeSettings(LeaderElectionSettings.disabled()));
    client.resource(release("app", GOOD)).create();
    awaitPhase("app", Phase.Succeeded);

    PrometheusScrape metrics = scrape(operator);

    String josdkLabels = "{group=\"testpod.dev\",kind=\"TestPodRelease\",scope=\"namespace\",version=\"v1alpha1\"}";
    assertThat(metrics.value("operator_sdk_reconciliations_success_total" + josdkLabels))
        .hasValueSatisfying(count -> assertThat(count).isGreaterThanOrEqualTo(3.0));
    assertThat(metrics.value("operator_sdk_events_received_total{action=\"ADDED\",event=\"ResourceEvent\","
        + "group=\"testpod.dev\",kind=\"TestPodRelease\",scope=\"namespace\",version=\"v1alpha1\"}")).hasValue(1.0);
    assertThat(metrics.samples("operator_sdk_controllers_execution_reconcile_seconds_count")).hasSize(1);
    assertThat(metrics.samples("jvm_memory_used_bytes")).isNotEmpty();
    assertThat(metrics.samples("operator_sdk")).as("no per-release series")
        .noneMatch(sample -> sample.contains("name=\"app\""));
  }

  private PrometheusScrape scrape(OperatorProcess operator) throws Exception {
    HttpResponse<String> response = httpGet(operator, "/metrics");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
    return new PrometheusScrape(response.body());
  }
}
