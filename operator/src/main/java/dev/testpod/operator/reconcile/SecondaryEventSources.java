package dev.testpod.operator.reconcile;

import dev.testpod.api.ReleaseLabels;
import dev.testpod.api.TestPodRelease;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.Mappers;
import java.util.List;
import java.util.Set;

/** Informers whose changes trigger a reconcile: the owned Deployment and the release's pods. */
final class SecondaryEventSources {

  private SecondaryEventSources() {}

  static List<EventSource<?, TestPodRelease>> of(EventSourceContext<TestPodRelease> context) {
    var deployments = InformerEventSourceConfiguration.from(Deployment.class, TestPodRelease.class)
        .withName("deployments")
        .withLabelSelector(ReleaseLabels.RELEASE)
        .withSecondaryToPrimaryMapper(Mappers.fromOwnerReferences(TestPodRelease.class))
        .build();
    var pods = InformerEventSourceConfiguration.from(Pod.class, TestPodRelease.class)
        .withName("pods")
        .withLabelSelector(ReleaseLabels.RELEASE)
        .withSecondaryToPrimaryMapper((Pod pod) -> Set.of(new ResourceID(
            pod.getMetadata().getLabels().get(ReleaseLabels.RELEASE), pod.getMetadata().getNamespace())))
        .build();
    return List.of(new InformerEventSource<>(deployments, context), new InformerEventSource<>(pods, context));
  }
}
