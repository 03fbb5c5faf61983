package dev.testpod.operator.revision;

import dev.testpod.api.ReleaseLabels;
import dev.testpod.api.TestPodRelease;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.apps.ControllerRevision;
import io.fabric8.kubernetes.api.model.apps.ControllerRevisionBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads, creates and deletes the ControllerRevisions holding each revision's snapshot. */
public final class RevisionStore {

  private static final Logger LOG = LoggerFactory.getLogger(RevisionStore.class);

  private final KubernetesClient client;

  public RevisionStore(KubernetesClient client) {
    this.client = client;
  }

  /** Returns the stored snapshots of the release by revision number. */
  public Map<Long, Snapshot> list(TestPodRelease release) {
    Map<Long, Snapshot> snapshots = new TreeMap<>();
    for (ControllerRevision stored : client.apps().controllerRevisions()
        .inNamespace(release.getMetadata().getNamespace())
        .withLabel(ReleaseLabels.RELEASE, release.getMetadata().getName())
        .list().getItems()) {
      if (isOwnedBy(stored, release)) {
        snapshots.put(stored.getRevision(), Snapshot.fromData(stored.getData()));
      }
    }
    return snapshots;
  }

  /** Creates the ControllerRevision of {@code revision}; an existing one is left as it is. */
  public void create(TestPodRelease release, long revision, Snapshot snapshot) {
    ControllerRevision controllerRevision = new ControllerRevisionBuilder()
        .withMetadata(new ObjectMetaBuilder()
            .withName(RevisionNames.controllerRevision(release.getMetadata().getName(), revision))
            .withNamespace(release.getMetadata().getNamespace())
            .addToLabels(ReleaseLabels.RELEASE, release.getMetadata().getName())
            .addToLabels(ReleaseLabels.REVISION, Long.toString(revision))
            .withOwnerReferences(new OwnerReferenceBuilder()
                .withApiVersion(release.getApiVersion())
                .withKind(release.getKind())
                .withName(release.getMetadata().getName())
                .withUid(release.getMetadata().getUid())
                .withController(true)
                .withBlockOwnerDeletion(true)
                .build())
            .build())
        .withRevision(revision)
        .withData(snapshot.toData())
        .build();
    var existing = client.resource(controllerRevision).get();
    if (existing == null) {
      client.resource(controllerRevision).create();
      LOG.debug("Created ControllerRevision {}", controllerRevision.getMetadata().getName());
    }
  }

  /** Deletes the ControllerRevision of {@code revision}. */
  public void delete(TestPodRelease release, long revision) {
    client.apps().controllerRevisions()
        .inNamespace(release.getMetadata().getNamespace())
        .withName(RevisionNames.controllerRevision(release.getMetadata().getName(), revision))
        .delete();
    LOG.info("Deleted ControllerRevision of revision {}, trimmed from the history", revision);
  }

  private static boolean isOwnedBy(ControllerRevision stored, TestPodRelease release) {
    return stored.getMetadata().getOwnerReferences().stream()
        .anyMatch(owner -> owner.getUid().equals(release.getMetadata().getUid()));
  }
}
