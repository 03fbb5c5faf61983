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
 * Writes a release's status through the status subresource, only when it changed.
 */
public final class StatusWriter {

  private static final Logger LOG = LoggerFactory.getLogger(StatusWriter.class);
  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  private final KubernetesClient client;

  public StatusWriter(KubernetesClient client) {
    this.client = client;
  }

  /**
   * Writes {@code status} with the resource version the decision was based on. Returns false on a
   * 409 conflict: the release changed meanwhile, so the decision is stale and the caller reconciles
   * again on a fresh read instead of overwriting newer state.
   */
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
      LOG.debug("Status not written: the release changed while it was reconciled; deciding again");
      return false;
    }
  }

  private static boolean sameJson(Object a, Object b) {
    return Objects.equals(SERIALIZATION.convertValue(a, Object.class), SERIALIZATION.convertValue(b, Object.class));
  }
}
