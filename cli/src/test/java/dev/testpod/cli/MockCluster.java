package dev.testpod.cli;

import dev.testpod.api.Phase;
import dev.testpod.api.TestPodRelease;
import dev.testpod.api.TestPodReleaseSpec;
import dev.testpod.api.TestPodReleaseStatus;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Test fixture on fabric8's mock API server in CRUD mode, which replaces a cluster here. It writes a
 * kubeconfig for the plugin and plays the operator's part by writing release status and Events.
 */
final class MockCluster {

  static final String NAMESPACE = "preprod";

  private final KubernetesClient client;
  private final Path kubeconfig;

  MockCluster(KubernetesClient client, Path directory) throws IOException {
    this.client = client;
    this.kubeconfig = directory.resolve("kubeconfig");
    KubeconfigFile.write(kubeconfig, client.getMasterUrl().toString(), "mock", NAMESPACE);
  }

  Path kubeconfig() {
    return kubeconfig;
  }

  KubernetesClient client() {
    return client;
  }

  TestPodRelease createRelease(String name, String image) {
    TestPodRelease release = new TestPodRelease();
    release.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(NAMESPACE).build());
    TestPodReleaseSpec spec = new TestPodReleaseSpec();
    spec.setImage(image);
    release.setSpec(spec);
    return client.resource(release).create();
  }

  TestPodRelease release(String name) {
    return client.resources(TestPodRelease.class).inNamespace(NAMESPACE).withName(name).get();
  }

  /** Writes status the way the operator does, with the observed generation of the current spec. */
  TestPodRelease writeStatus(String name, Consumer<TestPodReleaseStatus> change) {
    TestPodRelease release = release(name);
    TestPodReleaseStatus status = release.getStatus() == null ? new TestPodReleaseStatus() : release.getStatus();
    status.setObservedGeneration(release.getMetadata().getGeneration());
    change.accept(status);
    release.setStatus(status);
    return client.resource(release).updateStatus();
  }

  TestPodRelease settle(String name, Phase phase) {
    return writeStatus(name, status -> status.setPhase(phase));
  }

  void recordEvent(String release, String type, String reason, String message, String time) {
    client.v1().events().inNamespace(NAMESPACE).resource(new EventBuilder()
        .withNewMetadata().withGenerateName(release + "-").withNamespace(NAMESPACE).endMetadata()
        .withNewInvolvedObject()
          .withApiVersion(TestPodRelease.API_VERSION).withKind(TestPodRelease.KIND)
          .withName(release).withNamespace(NAMESPACE)
        .endInvolvedObject()
        .withType(type).withReason(reason).withMessage(message)
        .withLastTimestamp(time)
        .build()).create();
  }

  Path writeManifest(Path directory, String fileName, String text) throws IOException {
    Path file = directory.resolve(fileName);
    Files.writeString(file, text);
    return file;
  }
}
