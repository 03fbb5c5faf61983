package dev.testpod.operator.workload;

import dev.testpod.api.ReleaseLabels;
import dev.testpod.api.TestPodRelease;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;

/** Builds the ClusterIP Service in front of every pod of the release. */
public final class ServiceFactory {

  private ServiceFactory() {}

  public static Service desired(TestPodRelease release, int port) {
    String name = release.getMetadata().getName();
    return new ServiceBuilder()
        .withNewMetadata()
          .withName(name)
          .withNamespace(release.getMetadata().getNamespace())
          .addToLabels(ReleaseLabels.RELEASE, name)
          .withOwnerReferences(OwnerReferences.controllerOf(release))
        .endMetadata()
        .withNewSpec()
          .withType("ClusterIP")
          .addToSelector(ReleaseLabels.RELEASE, name)
          .addNewPort().withName("http").withPort(port).withTargetPort(new IntOrString(port)).withProtocol("TCP").endPort()
        .endSpec()
        .build();
  }
}
