package dev.testpod.operator.config;

import dev.testpod.operator.spec.GoDuration;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads typed values from environment variables. A blank or unset variable yields the default; a
 * malformed one raises {@link InvalidSettingException} naming the variable and its value.
 */
public final class EnvironmentReader {

  /** A Kubernetes object name that must be a DNS-1123 label, such as a namespace. */
  private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");
  /** A Kubernetes object name that must be a DNS-1123 subdomain, such as a Lease. */
  private static final Pattern DNS_SUBDOMAIN =
      Pattern.compile("(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

  private final Map<String, String> env;

  public EnvironmentReader(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  public Optional<String> text(String variable) {
    String value = env.get(variable);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  public String text(String variable, String fallback) {
    return text(variable).orElse(fallback);
  }

  public boolean bool(String variable, boolean fallback) {
    Optional<String> value = text(variable);
    if (value.isEmpty()) {
      return fallback;
    }
    String lower = value.get().toLowerCase(Locale.ROOT);
    if (!lower.equals("true") && !lower.equals("false")) {
      throw new InvalidSettingException(variable, value.get(), "true or false");
    }
    return Boolean.parseBoolean(lower);
  }

  /** Reads a TCP port; 0 lets the system pick a free port. */
  public int port(String variable, int fallback) {
    Optional<String> value = text(variable);
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      int port = Integer.parseInt(value.get());
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // Reported below with the expected range.
    }
    throw new InvalidSettingException(variable, value.get(), "a port number from 0 to 65535");
  }

  public Duration duration(String variable, Duration fallback) {
    Optional<String> value = text(variable);
    if (value.isEmpty()) {
      return fallback;
    }
    return GoDuration.parse(value.get())
        .filter(duration -> !duration.isZero() && !duration.isNegative())
        .orElseThrow(() -> new InvalidSettingException(variable, value.get(), "a duration such as 10s, 1m or 1h"));
  }

  public <E extends Enum<E>> E choice(String variable, Class<E> type, E fallback) {
    Optional<String> value = text(variable);
    if (value.isEmpty()) {
      return fallback;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value.get())) {
        return constant;
      }
    }
    List<String> names = Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
    throw new InvalidSettingException(variable, value.get(), "one of " + String.join(", ", names));
  }

  /** Reads a comma-separated list of namespace names; blank entries are skipped. */
  public List<String> namespaces(String variable) {
    String raw = env.getOrDefault(variable, "");
    List<String> names = Arrays.stream(raw.split(",")).map(String::trim).filter(name -> !name.isEmpty()).toList();
    for (String name : names) {
      if (!DNS_LABEL.matcher(name).matches()) {
        throw new InvalidSettingException(variable, raw,
            "comma-separated namespace names (lower-case DNS labels); \"" + name + "\" is not one");
      }
    }
    return names;
  }

  public Optional<String> namespace(String variable) {
    Optional<String> value = text(variable);
    value.filter(name -> !DNS_LABEL.matcher(name).matches()).ifPresent(name -> {
      throw new InvalidSettingException(variable, name, "a namespace name (a lower-case DNS label)");
    });
    return value;
  }

  public String objectName(String variable, String fallback) {
    String value = text(variable, fallback);
    if (!DNS_SUBDOMAIN.matcher(value).matches()) {
      throw new InvalidSettingException(variable, value, "a Kubernetes object name (a lower-case DNS subdomain)");
    }
    return value;
  }
}
