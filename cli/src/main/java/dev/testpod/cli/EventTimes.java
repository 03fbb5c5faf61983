package dev.testpod.cli;

import io.fabric8.kubernetes.api.model.Event;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reads the time an Event was last seen from whichever of its time fields the emitter filled. */
final class EventTimes {

  private EventTimes() {}

  static Instant lastSeen(Event event) {
    Instant time = parse(event.getLastTimestamp());
    if (time == null && event.getEventTime() != null) {
      time = parse(event.getEventTime().getTime());
    }
    if (time == null) {
      time = parse(event.getFirstTimestamp());
    }
    if (time == null && event.getMetadata() != null) {
      time = parse(event.getMetadata().getCreationTimestamp());
    }
    return time;
  }

  static Instant parse(String rfc3339) {
    if (rfc3339 == null || rfc3339.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(rfc3339);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
