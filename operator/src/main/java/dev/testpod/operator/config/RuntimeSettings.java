package dev.testpod.operator.config;

import dev.testpod.operator.leader.LeaderElectionSettings;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Settings of the operator process around the reconciler: its HTTP endpoint, leader election and
 * log output. The reconciler's own settings live in {@code OperatorSettings}. Every variable and its
 * default is listed in the operator's README.
 *
 * @param httpAddress address the metrics and health endpoint binds to (default 0.0.0.0)
 * @param httpPort port of the metrics and health endpoint (default 8080; 0 picks a free port)
 * @param leaderElection Lease-based leader election (default on)
 * @param logFormat text or json (default text)
 * @param logLevel level of the operator's own loggers (default INFO)
 */
public record RuntimeSettings(
    InetAddress httpAddress,
    int httpPort,
    LeaderElectionSettings leaderElection,
    LogFormat logFormat,
    LogLevel logLevel) {

  public static final String ENV_HTTP_ADDRESS = "TESTPOD_OPERATOR_HTTP_ADDRESS";
  public static final String ENV_HTTP_PORT = "TESTPOD_OPERATOR_HTTP_PORT";
  public static final String ENV_LEADER_ELECTION = "TESTPOD_LEADER_ELECTION";
  public static final String ENV_LEASE_NAME = "TESTPOD_LEASE_NAME";
  public static final String ENV_LEASE_NAMESPACE = "TESTPOD_LEASE_NAMESPACE";
  public static final String ENV_LEASE_DURATION = "TESTPOD_LEASE_DURATION";
  public static final String ENV_LEASE_RENEW_DEADLINE = "TESTPOD_LEASE_RENEW_DEADLINE";
  public static final String ENV_LEASE_RETRY_PERIOD = "TESTPOD_LEASE_RETRY_PERIOD";
  public static final String ENV_IDENTITY = "TESTPOD_OPERATOR_IDENTITY";
  public static final String ENV_LOG_FORMAT = "TESTPOD_LOG_FORMAT";
  public static final String ENV_LOG_LEVEL = "TESTPOD_LOG_LEVEL";

  /** IPv4 or IPv6 literals only, so that parsing the address never triggers a DNS lookup. */
  private static final Pattern IP_LITERAL = Pattern.compile("[0-9a-fA-F:.]+");

  /** Log levels of the operator's own loggers. */
  public enum LogLevel { TRACE, DEBUG, INFO, WARN, ERROR }

  public static RuntimeSettings fromEnvironment() {
    return fromEnvironment(System.getenv());
  }

  /** Reads and validates the settings; raises {@link InvalidSettingException} on the first bad value. */
  public static RuntimeSettings fromEnvironment(Map<String, String> env) {
    EnvironmentReader reader = new EnvironmentReader(env);
    InetAddress address = address(ENV_HTTP_ADDRESS, reader.text(ENV_HTTP_ADDRESS, "0.0.0.0"));
    int port = reader.port(ENV_HTTP_PORT, 8080);
    LeaderElectionSettings leaderElection = leaderElection(reader);
    LogFormat format = reader.choice(ENV_LOG_FORMAT, LogFormat.class, LogFormat.TEXT);
    LogLevel level = reader.choice(ENV_LOG_LEVEL, LogLevel.class, LogLevel.INFO);
    return new RuntimeSettings(address, port, leaderElection, format, level);
  }

  private static LeaderElectionSettings leaderElection(EnvironmentReader reader) {
    LeaderElectionSettings defaults = LeaderElectionSettings.disabled();
    Duration leaseDuration = reader.duration(ENV_LEASE_DURATION, defaults.leaseDuration());
    Duration renewDeadline = reader.duration(ENV_LEASE_RENEW_DEADLINE, defaults.renewDeadline());
    Duration retryPeriod = reader.duration(ENV_LEASE_RETRY_PERIOD, defaults.retryPeriod());
    if (renewDeadline.compareTo(leaseDuration) >= 0) {
      throw new InvalidSettingException(ENV_LEASE_RENEW_DEADLINE, reader.text(ENV_LEASE_RENEW_DEADLINE, "10s"),
          "a duration shorter than " + ENV_LEASE_DURATION + " (" + leaseDuration.toSeconds() + "s)");
    }
    if (retryPeriod.compareTo(renewDeadline) >= 0) {
      throw new InvalidSettingException(ENV_LEASE_RETRY_PERIOD, reader.text(ENV_LEASE_RETRY_PERIOD, "2s"),
          "a duration shorter than " + ENV_LEASE_RENEW_DEADLINE + " (" + renewDeadline.toSeconds() + "s)");
    }
    String identity = reader.text(ENV_IDENTITY)
        .or(() -> reader.text("HOSTNAME"))
        .orElseGet(() -> UUID.randomUUID().toString());
    return new LeaderElectionSettings(
        reader.bool(ENV_LEADER_ELECTION, true),
        reader.objectName(ENV_LEASE_NAME, LeaderElectionSettings.DEFAULT_LEASE_NAME),
        reader.namespace(ENV_LEASE_NAMESPACE),
        identity,
        leaseDuration,
        renewDeadline,
        retryPeriod);
  }

  private static InetAddress address(String variable, String value) {
    if (IP_LITERAL.matcher(value).matches()) {
      try {
        return InetAddress.getByName(value);
      } catch (UnknownHostException e) {
        // Reported below with the expected form.
      }
    }
    throw new InvalidSettingException(variable, value, "an IP address such as 0.0.0.0, 127.0.0.1 or ::");
  }
}
