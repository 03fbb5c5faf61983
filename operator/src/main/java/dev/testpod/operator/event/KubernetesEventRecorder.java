package dev.testpod.operator.event;

import dev.testpod.api.EventReason;
import dev.testpod.api.TestPodRelease;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes core/v1 Events named after the release, the reason and the release UID, so each reason
 * has one Event object per release whose count grows with each repeat.
 */
public final class KubernetesEventRecorder implements ReleaseEventRecorder {

  /** Value of {@code source.component} and {@code reportingComponent} on every Event. */
  public static final String COMPONENT = "testpod-operator";

  private static final Logger LOG = LoggerFactory.getLogger(KubernetesEventRecorder.class);
  private static final int MAX_MESSAGE_LENGTH = 1024;

  private final KubernetesClient client;
  private final Clock clock;

  public KubernetesEventRecorder(KubernetesClient client, Clock clock) {
    this.client = client;
    this.clock = clock;
  }

  /** Returns the name of the single Event that carries {@code reason} for {@code release}. */
  public static String eventName(TestPodRelease release, EventReason reason) {
    String uid = release.getMetadata().getUid() == null ? "" : release.getMetadata().getUid();
    String suffix = uid.length() > 8 ? uid.substring(uid.length() - 8) : uid;
    return release.getMetadata().getName() + "." + reason.name().toLowerCase(Locale.ROOT) + "." + suffix;
  }

  @Override
  public void record(TestPodRelease release, EventReason reason, boolean warning, String message) {
    String text = message.length() > MAX_MESSAGE_LENGTH ? message.substring(0, MAX_MESSAGE_LENGTH) : message;
    String now = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
    String namespace = release.getMetadata().getNamespace();
    String name = eventName(release, reason);
    try {
      var resource = client.v1().events().inNamespace(namespace).withName(name);
      Event existing = resource.get();
      if (existing == null) {
        client.v1().events().inNamespace(namespace).resource(newEvent(release, name, reason, warning, text, now)).create();
      } else {
        resource.edit(event -> {
          event.setCount(event.getCount() == null ? 2 : event.getCount() + 1);
          event.setLastTimestamp(now);
          event.setMessage(text);
          event.setType(warning ? "Warning" : "Normal");
          return event;
        });
      }
      LOG.debug("Recorded {} event {}: {}", warning ? "Warning" : "Normal", reason, text);
    } catch (KubernetesClientException e) {
      if (interruptedByShutdown(e)) {
        LOG.info("Event {} on {}/{} not recorded: the operator is stopping", reason, namespace,
            release.getMetadata().getName());
        return;
      }
      LOG.warn("Could not record {} event {} on {}/{}", reason, name, namespace, release.getMetadata().getName(), e);
    }
  }

  /** Tells whether the request failed because the reconcile thread was interrupted, as on shutdown. */
  static boolean interruptedByShutdown(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      boolean interruptedIo = cause instanceof InterruptedIOException
          && !(cause instanceof SocketTimeoutException);
      if (cause instanceof InterruptedException || interruptedIo) {
        return true;
      }
    }
    return Thread.currentThread().isInterrupted();
  }

  private Event newEvent(
      TestPodRelease release, String name, EventReason reason, boolean warning, String message, String now) {
    return new EventBuilder()
        .withNewMetadata().withName(name).withNamespace(release.getMetadata().getNamespace()).endMetadata()
        .withInvolvedObject(new ObjectReferenceBuilder()
            .withApiVersion(TestPodRelease.API_VERSION)
            .withKind(TestPodRelease.KIND)
            .withName(release.getMetadata().getName())
            .withNamespace(release.getMetadata().getNamespace())
            .withUid(release.getMetadata().getUid())
            .withResourceVersion(release.getMetadata().getResourceVersion())
            .build())
        .withReason(reason.name())
        .withMessage(message)
        .withType(warning ? "Warning" : "Normal")
        .withCount(1)
        .withFirstTimestamp(now)
        .withLastTimestamp(now)
        .withNewSource().withComponent(COMPONENT).endSource()
        .withReportingComponent(COMPONENT)
        .withReportingInstance(COMPONENT)
        .build();
  }

}
