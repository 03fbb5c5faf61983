package dev.testpod.operator.spec;

import java.time.Duration;

/** Formats a duration the way the spec writes it, such as {@code 1h}, {@code 5m} or {@code 1m30s}. */
public final class GoDurationText {

  private GoDurationText() {}

  public static String of(Duration duration) {
    long seconds = duration.toSeconds();
    if (seconds == 0) {
      return "0s";
    }
    StringBuilder text = new StringBuilder();
    if (seconds >= 3600) {
      text.append(seconds / 3600).append('h');
    }
    if (seconds % 3600 >= 60) {
      text.append(seconds % 3600 / 60).append('m');
    }
    if (seconds % 60 > 0) {
      text.append(seconds % 60).append('s');
    }
    return text.toString();
  }
}
