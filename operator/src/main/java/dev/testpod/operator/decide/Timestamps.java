package dev.testpod.operator.decide;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** RFC 3339 timestamps as Kubernetes writes them, to the second. */
public final class Timestamps {

  private Timestamps() {}

  public static String format(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  public static Instant parse(String text) {
    return Instant.parse(text);
  }
}
