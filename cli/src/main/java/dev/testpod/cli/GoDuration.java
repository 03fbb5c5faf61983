package dev.testpod.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations written the way kubectl and the TestPodRelease spec write them: {@code 6m}, {@code 1m30s}, {@code 2h}. */
public final class GoDuration {

  private static final Pattern FORMAT = Pattern.compile("^(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?$");

  private GoDuration() {}

  /**
   * Parses hours, minutes and seconds in that order, such as {@code 90s} or {@code 1h5m}.
   *
   * @throws IllegalArgumentException when the text is empty or has another form
   */
  public static Duration parse(String text) {
    Matcher matcher = FORMAT.matcher(text == null ? "" : text.trim());
    if (text == null || text.isBlank() || !matcher.matches()) {
      throw new IllegalArgumentException(
          "invalid duration '" + text + "': use hours, minutes and seconds such as 90s, 6m or 1m30s");
    }
    return Duration.ofHours(number(matcher.group(1)))
        .plusMinutes(number(matcher.group(2)))
        .plusSeconds(number(matcher.group(3)));
  }

  /** Formats a duration as {@code 4m10s}, {@code 1h2m} or {@code 0s}, dropping fractions of a second. */
  public static String format(Duration duration) {
    long seconds = Math.max(0, duration.getSeconds());
    long hours = seconds / 3600;
    long minutes = (seconds % 3600) / 60;
    long rest = seconds % 60;
    StringBuilder text = new StringBuilder();
    if (hours > 0) {
      text.append(hours).append('h');
    }
    if (minutes > 0) {
      text.append(minutes).append('m');
    }
    if (rest > 0 || text.length() == 0) {
      text.append(rest).append('s');
    }
    return text.toString();
  }

  private static long number(String group) {
    return group == null ? 0 : Long.parseLong(group);
  }
}
