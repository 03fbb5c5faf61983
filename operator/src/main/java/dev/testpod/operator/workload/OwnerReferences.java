package dev.testpod.operator.workload;

import dev.testpod.api.TestPodRelease;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;

/** The controller owner reference that ties an owned object's lifetime to its release. */
final class OwnerReferences {

  private OwnerReferences() {}

  static OwnerReference controllerOf(TestPodRelease release) {
    return new OwnerReferenceBuilder()
        .withApiVersion(TestPodRelease.API_VERSION)
        .withKind(TestPodRelease.KIND)
        .withName(release.getMetadata().getName())
        .withUid(release.getMetadata().getUid())
        .withController(true)
        .withBlockOwnerDeletion(true)
        .build();
  }
}
