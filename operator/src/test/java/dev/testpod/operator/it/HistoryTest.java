package dev.testpod.operator.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.testpod.api.HistoryEntry;
import dev.testpod.api.TestPodRelease;
import dev.testpod.operator.support.OperatorTestBase;
import io.fabric8.kubernetes.api.model.apps.ControllerRevision;
import org.junit.jupiter.api.Test;

class HistoryTest extends OperatorTestBase {

  @Test
  void historyIsTrimmedWithItsControllerRevisions() {
    TestPodRelease first = release("app", "ghcr.io/acme/test-pod-app:1.0.0", 1);
    first.getSpec().getRollback().setRevisionHistoryLimit(2);
    first.getSpec().getHealthCheck().setSuccessThreshold(1);
    create(first);
    awaitStable(1);

    for (int minor = 1; minor <= 3; minor++) {
      setImage("app", "ghcr.io/acme/test-pod-app:1." + minor + ".0");
      awaitStable(minor + 1);
    }
    await().atMost(WAIT).until(() -> controllerRevisions("app").size() == 2);
    TestPodRelease release = get("app");

    assertThat(release.getStatus().getHistory()).extracting(HistoryEntry::getRevision).containsExactly(4L, 3L);
    assertThat(controllerRevisions("app")).extracting(ControllerRevision::getRevision)
        .containsExactlyInAnyOrder(3L, 4L);
    assertThat(controllerRevisions("app")).extracting(revision -> revision.getMetadata().getName())
        .containsExactlyInAnyOrder("app-3", "app-4");
  }

  private void awaitStable(long revision) {
    await().atMost(WAIT).until(() -> {
      TestPodRelease release = get("app");
      return release.getStatus() != null && Long.valueOf(revision).equals(release.getStatus().getStableRevision());
    });
  }
}
