package dev.testpod.operator.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.testpod.api.EventReason;
import dev.testpod.api.Outcome;
import dev.testpod.api.Phase;
import dev.testpod.api.TestPodRelease;
import dev.testpod.operator.support.OperatorTestBase;
import dev.testpod.operator.support.PodBehavior;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OperatorRestartTest extends OperatorTestBase {

  @Test
  void restartKeepsDeadlineAndRejectedSpec() {
    String bad = "ghcr.io/acme/test-pod-app:8.0.0";
    cluster.behave(bad, PodBehavior.WRONG_VERSION);
    createSucceeded("app", "ghcr.io/acme/test-pod-app:1.0.0", 1);
    setImage("app", bad);
    TestPodRelease validating = awaitPhase("app", Phase.Validating);
    String deadline = validating.getStatus().getValidation().getDeadline();

    restartOperator();
    await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> phase("app") == Phase.Validating);
    assertThat(get("app").getStatus().getValidation().getDeadline()).isEqualTo(deadline);

    clock.advance(Duration.ofMinutes(6));
    awaitPhase("app", Phase.RolledBack);
    restartOperator();
    await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> phase("app") == Phase.RolledBack);

    assertThat(get("app").getStatus().getRevision()).as("the rejected spec is not rolled out again").isEqualTo(1L);
    assertThat(events(EventReason.RolloutStarted)).singleElement()
        .satisfies(event -> assertThat(event.getCount()).isEqualTo(2));
    assertThat(notifier.reportsFor(namespace)).extracting(report -> report.outcome())
        .containsExactly(Outcome.Succeeded, Outcome.RolledBack);
  }
}
