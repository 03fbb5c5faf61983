package dev.testpod.operator.notification;

import dev.testpod.api.EventReason;
import dev.testpod.api.TestPodRelease;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * Reports a failed delivery as a core/v1 Warning event with reason {@code NotificationFailed} on
 * the release. A repeat of the same message bumps the count of the existing event, as the
 * Kubernetes event recorder does.
 */
public final class KubernetesEventFailureListener implements DeliveryFailureListener {

  static final String COMPONENT = "testpod-operator";

  private final KubernetesClient client;
  private final Clock clock;

  public KubernetesEventFailureListener(KubernetesClient client, Clock clock) {
    this.client = client;
    this.clock = clock;
  }

  @Override
  public void deliveryFailed(TestPodRelease release, String channel, String detail) {
    ObjectMeta meta = release.getMetadata();
    String message = DeliveryFailureListener.eventMessage(channel, detail);
    String now = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
    var events = client.v1().events().inNamespace(meta.getNamespace());
    String name = eventName(meta.getName(), message);
    Event existing = events.withName(name).get();
    if (existing != null) {
      // edit() sends a JSON patch, so RBAC needs the patch verb on events, not update.
      events.withName(name).edit(event -> {
        event.setCount(event.getCount() == null ? 2 : event.getCount() + 1);
        event.setLastTimestamp(now);
        return event;
      });
      return;
    }
    Event event = new EventBuilder()
        .withNewMetadata().withName(name).withNamespace(meta.getNamespace()).endMetadata()
        .withNewInvolvedObject()
        .withApiVersion(TestPodRelease.API_VERSION)
        .withKind(TestPodRelease.KIND)
        .withName(meta.getName())
        .withNamespace(meta.getNamespace())
        .withUid(meta.getUid())
        .withResourceVersion(meta.getResourceVersion())
        .endInvolvedObject()
        .withReason(EventReason.NotificationFailed.name())
        .withMessage(message)
        .withType("Warning")
        .withCount(1)
        .withFirstTimestamp(now)
        .withLastTimestamp(now)
        .withNewSource().withComponent(COMPONENT).endSource()
        .withReportingComponent(COMPONENT)
        .build();
    events.resource(event).create();
  }

  /** Names the event after the release and a digest of its message, so repeats find it. */
  static String eventName(String releaseName, String message) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(message.getBytes(StandardCharsets.UTF_8));
      String prefix = releaseName.length() > 200 ? releaseName.substring(0, 200) : releaseName;
      return prefix + ".notificationfailed." + HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required in every Java runtime", e);
    }
  }
}
