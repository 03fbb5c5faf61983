package dev.testpod.operator;

import dev.testpod.operator.notification.ReleaseNotifier;
import dev.testpod.operator.probe.PodEndpointResolver;
import dev.testpod.operator.spec.GoDuration;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Settings of the operator, each with a documented default.
 *
 * @param namespaces namespaces to watch; empty watches all namespaces (default: all)
 * @param serverSideApply write owned objects with server-side apply (default: true); turn off for
 *     fabric8's mock API server and local mode, which reject it
 * @param clock source of the current time for deadlines and timestamps (default: system UTC)
 * @param notifier receives every outcome transition (default: {@link ReleaseNotifier#NONE})
 * @param probeTimeout timeout of each HTTP probe request to a pod (default: 2s)
 * @param requeueInterval how often a release that is not validating is looked at again, so a
 *     missing Secret that appears or a drifted Deployment is noticed (default: 1m)
 * @param endpointResolver where a pod is probed (default: its pod IP at the container port)
 */
public record OperatorSettings(
    Set<String> namespaces,
    boolean serverSideApply,
    Clock clock,
    ReleaseNotifier notifier,
    Duration probeTimeout,
    Duration requeueInterval,
    PodEndpointResolver endpointResolver) {

  public static final String ENV_NAMESPACES = "TESTPOD_WATCH_NAMESPACES";
  public static final String ENV_SERVER_SIDE_APPLY = "TESTPOD_SERVER_SIDE_APPLY";
  public static final String ENV_PROBE_TIMEOUT = "TESTPOD_PROBE_TIMEOUT";
  public static final String ENV_REQUEUE_INTERVAL = "TESTPOD_REQUEUE_INTERVAL";

  public OperatorSettings {
    namespaces = Set.copyOf(namespaces);
  }

  /** Returns the defaults for a real cluster. */
  public static OperatorSettings defaults() {
    return new OperatorSettings(Set.of(), true, Clock.systemUTC(), ReleaseNotifier.NONE,
        Duration.ofSeconds(2), Duration.ofMinutes(1), PodEndpointResolver.POD_IP);
  }

  /**
   * Reads the settings from environment variables: {@code TESTPOD_WATCH_NAMESPACES} (comma-separated,
   * empty for all), {@code TESTPOD_SERVER_SIDE_APPLY} (true or false), {@code TESTPOD_PROBE_TIMEOUT}
   * and {@code TESTPOD_REQUEUE_INTERVAL} (durations such as 2s or 1m).
   */
  public static OperatorSettings fromEnvironment() {
    return fromEnvironment(System.getenv());
  }

  static OperatorSettings fromEnvironment(Map<String, String> env) {
    OperatorSettings defaults = defaults();
    Set<String> namespaces = Arrays.stream(env.getOrDefault(ENV_NAMESPACES, "").split(","))
        .map(String::trim)
        .filter(name -> !name.isEmpty())
        .collect(Collectors.toSet());
    boolean serverSideApply = parseBoolean(ENV_SERVER_SIDE_APPLY, env.get(ENV_SERVER_SIDE_APPLY), true);
    Duration probeTimeout = parseDuration(ENV_PROBE_TIMEOUT, env.get(ENV_PROBE_TIMEOUT), defaults.probeTimeout());
    Duration requeue = parseDuration(ENV_REQUEUE_INTERVAL, env.get(ENV_REQUEUE_INTERVAL), defaults.requeueInterval());
    return new OperatorSettings(namespaces, serverSideApply, defaults.clock(), defaults.notifier(),
        probeTimeout, requeue, defaults.endpointResolver());
  }

  public OperatorSettings withNamespaces(Set<String> value) {
    return new OperatorSettings(value, serverSideApply, clock, notifier, probeTimeout, requeueInterval, endpointResolver);
  }

  public OperatorSettings withServerSideApply(boolean value) {
    return new OperatorSettings(namespaces, value, clock, notifier, probeTimeout, requeueInterval, endpointResolver);
  }

  public OperatorSettings withClock(Clock value) {
    return new OperatorSettings(namespaces, serverSideApply, value, notifier, probeTimeout, requeueInterval, endpointResolver);
  }

  public OperatorSettings withNotifier(ReleaseNotifier value) {
    return new OperatorSettings(namespaces, serverSideApply, clock, value, probeTimeout, requeueInterval, endpointResolver);
  }

  public OperatorSettings withProbeTimeout(Duration value) {
    return new OperatorSettings(namespaces, serverSideApply, clock, notifier, value, requeueInterval, endpointResolver);
  }

  public OperatorSettings withRequeueInterval(Duration value) {
    return new OperatorSettings(namespaces, serverSideApply, clock, notifier, probeTimeout, value, endpointResolver);
  }

  public OperatorSettings withEndpointResolver(PodEndpointResolver value) {
    return new OperatorSettings(namespaces, serverSideApply, clock, notifier, probeTimeout, requeueInterval, value);
  }

  private static boolean parseBoolean(String name, String value, boolean fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
      throw new IllegalArgumentException(name + " \"" + value + "\" is invalid: expected true or false");
    }
    return Boolean.parseBoolean(value);
  }

  private static Duration parseDuration(String name, String value, Duration fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    return GoDuration.parse(value.trim())
        .filter(duration -> !duration.isZero())
        .orElseThrow(() -> new IllegalArgumentException(
            name + " \"" + value + "\" is invalid: expected a duration such as 2s, 1m or 1h"));
  }
}
