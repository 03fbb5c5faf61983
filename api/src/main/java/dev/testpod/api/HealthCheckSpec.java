package dev.testpod.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;

/** Validation of the pods of a new revision. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ValidationRule(
    value = HealthCheckSpec.INTERVAL_NOT_LONGER_THAN_TIMEOUT_RULE,
    message = "healthCheck.interval must not be longer than healthCheck.timeout",
    messageExpression =
        "'healthCheck.interval ' + self.interval + ' must not be longer than healthCheck.timeout '"
            + " + self.timeout")
public class HealthCheckSpec {

  /**
   * A Go-style duration made of hours, minutes and seconds, such as {@code 90s} or {@code 1m30s}.
   * The pattern also matches the empty string, so the schema adds a minimum length of 2.
   */
  public static final String DURATION_PATTERN = "^([0-9]+h)?([0-9]+m)?([0-9]+s)?$";

  /** CEL rule bounding {@code timeout} to 10s..1h. CEL's {@code duration()} parses Go durations. */
  public static final String TIMEOUT_RULE =
      "duration(self) >= duration('10s') && duration(self) <= duration('1h')";

  /** CEL rule bounding {@code interval} to 1s..5m. */
  public static final String INTERVAL_RULE =
      "duration(self) >= duration('1s') && duration(self) <= duration('5m')";

  /** CEL rule on the whole health check: probe rounds must not be further apart than the deadline. */
  public static final String INTERVAL_NOT_LONGER_THAN_TIMEOUT_RULE =
      "!has(self.interval) || !has(self.timeout) || duration(self.interval) <= duration(self.timeout)";

  @Default("/q/health/ready")
  @Pattern("^/.*")
  @JsonPropertyDescription("HTTP path probed on every new pod by its pod IP; 200 means the pod passes.")
  private String path = "/q/health/ready";

  @Pattern("^/.*")
  @JsonPropertyDescription("Optional HTTP path returning JSON whose 'version' must equal the image tag.")
  private String versionPath;

  @Default("5m")
  @Pattern(DURATION_PATTERN)
  @Size(min = 2, max = 16)
  @ValidationRule(
      value = TIMEOUT_RULE,
      message = "healthCheck.timeout must be between 10s and 1h",
      messageExpression = "'healthCheck.timeout must be between 10s and 1h, got ' + self")
  @JsonPropertyDescription("Validation deadline after the rollout starts, 10s to 1h, written like 5m, 90s or 1h.")
  private String timeout = "5m";

  @Default("10s")
  @Pattern(DURATION_PATTERN)
  @Size(min = 2, max = 16)
  @ValidationRule(
      value = INTERVAL_RULE,
      message = "healthCheck.interval must be between 1s and 5m",
      messageExpression = "'healthCheck.interval must be between 1s and 5m, got ' + self")
  @JsonPropertyDescription("Time between probe rounds, 1s to 5m, written like 10s or 1m30s.")
  private String interval = "10s";

  @Min(1)
  @Max(20)
  @Default("3")
  @JsonPropertyDescription("Consecutive probe rounds in which every new pod passes, 1 to 20.")
  private Integer successThreshold = 3;

  @Default("true")
  @JsonPropertyDescription("Fail at once when a new pod cannot pull its image, crash-loops or cannot be created, instead of waiting for the deadline.")
  private Boolean failFast = true;

  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public String getVersionPath() {
    return versionPath;
  }

  public void setVersionPath(String versionPath) {
    this.versionPath = versionPath;
  }

  public String getTimeout() {
    return timeout;
  }

  public void setTimeout(String timeout) {
    this.timeout = timeout;
  }

  public String getInterval() {
    return interval;
  }

  public void setInterval(String interval) {
    this.interval = interval;
  }

  public Integer getSuccessThreshold() {
    return successThreshold;
  }

  public void setSuccessThreshold(Integer successThreshold) {
    this.successThreshold = successThreshold;
  }

  public Boolean getFailFast() {
    return failFast;
  }

  public void setFailFast(Boolean failFast) {
    this.failFast = failFast;
  }
}
