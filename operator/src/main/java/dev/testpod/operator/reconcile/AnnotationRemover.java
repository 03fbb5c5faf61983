package dev.testpod.operator.reconcile;

import dev.testpod.api.TestPodRelease;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Removes consumed one-shot annotations with a patch that touches nothing else. */
public final class AnnotationRemover {

  private static final Logger LOG = LoggerFactory.getLogger(AnnotationRemover.class);

  private final KubernetesClient client;

  public AnnotationRemover(KubernetesClient client) {
    this.client = client;
  }

  public void remove(TestPodRelease release, Set<String> keys) {
    if (keys.isEmpty()) {
      return;
    }
    client.resources(TestPodRelease.class)
        .inNamespace(release.getMetadata().getNamespace())
        .withName(release.getMetadata().getName())
        .edit(current -> {
          if (current.getMetadata().getAnnotations() != null) {
            keys.forEach(current.getMetadata().getAnnotations()::remove);
          }
          return current;
        });
    LOG.info("Consumed annotation(s) {}", keys);
  }
}
