package dev.testpod.operator.metrics;

import dev.testpod.api.Phase;
import dev.testpod.api.TestPodRelease;
import io.javaoperatorsdk.operator.api.monitoring.Metrics;
import io.javaoperatorsdk.operator.processing.event.Event;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.controller.ResourceAction;
import io.javaoperatorsdk.operator.processing.event.source.controller.ResourceEvent;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code testpod_releases{phase}} gauge: how many releases are in each phase. It follows the
 * primary resource events JOSDK receives from its informer, so it needs no extra watch and also
 * counts on a follower replica. A release without a status yet counts as {@link Phase#Pending}.
 */
final class ReleasePhaseGauge implements Metrics {

  private final Map<ResourceID, Phase> phases = new ConcurrentHashMap<>();

  ReleasePhaseGauge(MeterRegistry registry) {
    for (Phase phase : Phase.values()) {
      Gauge.builder("testpod.releases", phases, all -> count(all, phase))
          .description("TestPodRelease resources by status phase")
          .tag("phase", phase.name())
          .register(registry);
    }
  }

  @Override
  public void receivedEvent(Event event, Map<String, Object> metadata) {
    if (!(event instanceof ResourceEvent resourceEvent)) {
      return;
    }
    if (resourceEvent.getAction() == ResourceAction.DELETED) {
      phases.remove(event.getRelatedCustomResourceID());
      return;
    }
    resourceEvent.getResource()
        .filter(TestPodRelease.class::isInstance)
        .map(TestPodRelease.class::cast)
        .ifPresent(release -> phases.put(event.getRelatedCustomResourceID(), phaseOf(release)));
  }

  private static Phase phaseOf(TestPodRelease release) {
    if (release.getStatus() == null || release.getStatus().getPhase() == null) {
      return Phase.Pending;
    }
    return release.getStatus().getPhase();
  }

  private static double count(Map<ResourceID, Phase> phases, Phase phase) {
    return phases.values().stream().filter(phase::equals).count();
  }
}
