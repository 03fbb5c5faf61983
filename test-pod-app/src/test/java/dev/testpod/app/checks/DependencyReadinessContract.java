package dev.testpod.app.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testpod.app.checks.peers.CheckPeers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Readiness and liveness with all four checks enabled against real servers behind gates that can
 * refuse connections or hang. Subclasses choose which checks are critical.
 */
abstract class DependencyReadinessContract {
  static final long BOUND_MS = CheckProfiles.TIMEOUT_MS + 100;

  abstract Set<String> critical();

  @BeforeEach
  void openEveryGate() {
    CheckPeers.NAMES.forEach(name -> CheckPeers.get().gate(name).forward());
    HealthProbe.awaitPassing(CheckPeers.NAMES);
  }

  @AfterEach
  void reopenEveryGate() {
    CheckPeers.NAMES.forEach(name -> CheckPeers.get().gate(name).forward());
  }

  @Test
  void readyWhenEveryDependencyAnswers() {
    HealthProbe probe = HealthProbe.ready();

    assertThat(probe.statusCode()).as(probe.body().toString()).isEqualTo(200);
    for (String name : CheckPeers.NAMES) {
      assertThat(probe.status(name)).as(name).isEqualTo("UP");
      assertThat(probe.data(name, "status")).as(name).isEqualTo("UP");
      assertThat(probe.data(name, "critical")).as(name)
          .isEqualTo(String.valueOf(critical().contains(name)));
    }
    assertThat(probe.elapsedMs()).isLessThanOrEqualTo(BOUND_MS);
  }

  @Test
  void livenessNeverRunsDependencyChecks() {
    CheckPeers.NAMES.forEach(name -> CheckPeers.get().gate(name).refuse());

    HealthProbe probe = HealthProbe.live();

    assertThat(probe.statusCode()).as(probe.body().toString()).isEqualTo(200);
    for (String name : CheckPeers.NAMES) {
      assertThat(probe.check(name)).as(name).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"postgres", "cassandra", "blob", "s3"})
  void refusedConnectionFailsCheckWithinBound(String name) {
    CheckPeers.get().gate(name).refuse();

    HealthProbe probe = HealthProbe.ready();

    assertFailedWithinBound(probe, name, "Connection refused");
    assertThat(HealthProbe.live().statusCode()).isEqualTo(200);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"postgres", "cassandra", "blob", "s3"})
  void dependencyThatNeverAnswersFailsCheckWithinBound(String name) {
    CheckPeers.get().gate(name).hang();

    HealthProbe probe = HealthProbe.ready();

    assertFailedWithinBound(probe, name, "Timed out");
    assertThat(HealthProbe.live().statusCode()).isEqualTo(200);
  }

  @Test
  void twentyConcurrentProbesMeetBound() throws Exception {
    String hanging = critical().iterator().next();
    CheckPeers.get().gate(hanging).hang();
    ExecutorService pool = Executors.newFixedThreadPool(20);
    CountDownLatch start = new CountDownLatch(1);
    try {
      // Opens the client's 20 connections first, so that the probes measure the app, not connects.
      List<Future<HealthProbe>> warmUp = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        warmUp.add(pool.submit(HealthProbe::live));
      }
      for (Future<HealthProbe> future : warmUp) {
        future.get();
      }
      List<Future<HealthProbe>> probes = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        probes.add(pool.submit(() -> {
          start.await();
          return HealthProbe.ready();
        }));
      }
      start.countDown();

      for (Future<HealthProbe> future : probes) {
        HealthProbe probe = future.get();
        assertThat(probe.statusCode()).as(probe.body().toString()).isEqualTo(503);
        assertThat(probe.data(hanging, "status")).isEqualTo("DOWN");
        assertThat(probe.elapsedMs()).isLessThanOrEqualTo(BOUND_MS);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private void assertFailedWithinBound(HealthProbe probe, String name, String remediation) {
    boolean critical = critical().contains(name);
    String body = probe.body().toString();
    assertThat(probe.statusCode()).as(body).isEqualTo(critical ? 503 : 200);
    assertThat(probe.status(name)).as(body).isEqualTo(critical ? "DOWN" : "UP");
    assertThat(probe.data(name, "status")).as(body).isEqualTo("DOWN");
    assertThat(probe.data(name, "result")).as(body).isEqualTo("FAILED");
    assertThat(probe.data(name, "remediation")).as(body).startsWith(remediation);
    assertThat(probe.elapsedMs()).isLessThanOrEqualTo(BOUND_MS);
    for (String secret : CheckPeers.get().secrets()) {
      assertThat(body).doesNotContain(secret);
    }
    for (String other : CheckPeers.NAMES) {
      if (!other.equals(name)) {
        assertThat(probe.data(other, "result")).as(other + " in " + body).isEqualTo("PASSED");
      }
    }
  }
}
