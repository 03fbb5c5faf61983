package dev.testpod.operator.status;

import dev.testpod.api.TestPodRelease;
import dev.testpod.api.TestPodReleaseStatus;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.net.HttpURLConnection;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a release's status through the status subresource, only when it changed. A 409 conflict
 * is retried once on the re-read object when its spec generation is unchanged.
 */
public final class StatusWriter {

  private static final Logger LOG = LoggerFactory.getLogger(StatusWriter.class);
  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  private final KubernetesClient client;

  public StatusWriter(KubernetesClient client) {
    this.client = client;
  }

  /** Writes {@code status}; returns false when a newer spec arrived and the decision is stale. */
  public boolean write(TestPodRelease release, TestPodReleaseStatus status) {
    if (sameJson(release.getStatus(), status)) {
      return true;
    }
    TestPodRelease update = SERIALIZATION.clone(release);
    update.setStatus(status);
    try {
      client.resource(update).updateStatus();
      return true;
    } catch (KubernetesClientException e) {
      if (e.getCode() != HttpURLConnection.HTTP_CONFLICT) {
        throw e;
      }
      return retryOnLatest(release, status);
    }
  }

  private boolean retryOnLatest(TestPodRelease release, TestPodReleaseStatus status) {
    TestPodRelease latest = client.resource(release).get();
    if (latest == null || !Objects.equals(latest.getMetadata().getGeneration(), release.getMetadata().getGeneration())) {
      LOG.debug("Status not written: the release changed while it was reconciled");
      return false;
    }
    latest.setStatus(status);
    try {
      client.resource(latest).updateStatus();
      return true;
    } catch (KubernetesClientException e) {
      if (e.getCode() == HttpURLConnection.HTTP_CONFLICT) {
        LOG.debug("Status not written after a second conflict; the next reconcile decides again");
        return false;
      }
      throw e;
    }
  }

  private static boolean sameJson(Object a, Object b) {
    return Objects.equals(SERIALIZATION.convertValue(a, Object.class), SERIALIZATION.convertValue(b, Object.class));
  }
}
