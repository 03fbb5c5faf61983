package dev.testpod.operator.spec;

import dev.testpod.api.HealthCheckSpec;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the Go-style durations of the spec, such as {@code 90s}, {@code 5m} or {@code 1h30m}. */
public final class GoDuration {

  private static final Pattern FORMAT = Pattern.compile(HealthCheckSpec.DURATION_PATTERN);

  private GoDuration() {}

  /** Returns the duration, or empty when {@code text} is null, empty or not made of h, m and s parts. */
  public static Optional<Duration> parse(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    Matcher matcher = FORMAT.matcher(text);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    Duration total = Duration.ZERO
        .plusHours(part(matcher.group(1)))
        .plusMinutes(part(matcher.group(2)))
        .plusSeconds(part(matcher.group(3)));
    return Optional.of(total);
  }

  private static long part(String group) {
    return group == null ? 0 : Long.parseLong(group.substring(0, group.length() - 1));
  }
}
