package dev.testpod.operator.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.testpod.api.TestPodRelease;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonCloudEventData;
import io.cloudevents.jackson.JsonFormat;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

/**
 * A CloudEvents 1.0 event in structured JSON mode. The {@code id} derives from the release and
 * its transition key, so a receiver can drop the duplicate that an at-least-once retry may send.
 */
final class CloudEventFormat implements PayloadFormat {

  static final String TYPE_PREFIX = "dev.testpod.release.";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonFormat FORMAT = new JsonFormat();

  @Override
  public Payload render(OutcomeReport report) {
    CloudEventBuilder event = CloudEventBuilder.v1()
        .withId(eventId(report))
        .withSource(source(report))
        .withType(TYPE_PREFIX + report.outcome().name().toLowerCase(Locale.ROOT))
        .withSubject(report.releaseName())
        .withData("application/json", JsonCloudEventData.wrap(data(report)));
    if (report.time() != null) {
      event.withTime(report.time().atOffset(ZoneOffset.UTC));
    }
    CloudEvent built = event.build();
    return new Payload(JsonFormat.CONTENT_TYPE, FORMAT.serialize(built));
  }

  static String eventId(OutcomeReport report) {
    String name = report.namespace() + "/" + report.releaseName() + "/" + report.transitionKey();
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }

  /** Returns the release's API path, the producer-scoped source of its events. */
  static URI source(OutcomeReport report) {
    return URI.create("/apis/" + TestPodRelease.API_VERSION
        + "/namespaces/" + report.namespace()
        + "/" + TestPodRelease.PLURAL + "/" + report.releaseName());
  }

  private static ObjectNode data(OutcomeReport report) {
    ObjectNode data = JSON.createObjectNode()
        .put("namespace", report.namespace())
        .put("name", report.releaseName())
        .put("outcome", report.outcome().name());
    revision(data, "from", report.fromImage(), report.fromRevision());
    revision(data, "to", report.toImage(), report.toRevision());
    if (report.failureReason() != null || report.podFailure() != null) {
      failure(data.putObject("failure"), report);
    }
    putDuration(data, "timeToDetect", report.timeToDetect());
    putDuration(data, "timeToRollback", report.timeToRollback());
    return data;
  }

  private static void revision(ObjectNode data, String field, String image, Long revision) {
    if (image == null && revision == null) {
      return;
    }
    ObjectNode node = data.putObject(field);
    if (image != null) {
      node.put("image", image);
    }
    if (revision != null) {
      node.put("revision", revision);
    }
  }

  private static void failure(ObjectNode failure, OutcomeReport report) {
    if (report.failureReason() != null) {
      failure.put("reason", report.failureReason());
    }
    PodFailure pod = report.podFailure();
    if (pod == null) {
      return;
    }
    ObjectNode podNode = failure.putObject("pod").put("name", pod.pod());
    if (pod.container() != null) {
      podNode.put("container", pod.container());
    }
    if (pod.reason() != null) {
      podNode.put("state", pod.reason());
    }
    if (pod.restartCount() != null) {
      podNode.put("restartCount", pod.restartCount());
    }
    if (pod.lastExitCode() != null) {
      podNode.put("lastExitCode", pod.lastExitCode());
    }
    ArrayNode checks = podNode.putArray("failingChecks");
    pod.failingChecks().forEach(checks::add);
  }

  /** Writes {@code duration} as an ISO 8601 duration such as {@code PT1M12S}; skips null. */
  private static void putDuration(ObjectNode data, String field, Duration duration) {
    if (duration != null) {
      data.put(field, duration.toString());
    }
  }
}
