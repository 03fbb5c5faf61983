package dev.testpod.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** The pod whose state ended a validation, kept so that a restarted operator can still report it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class FailedPod {

  @JsonPropertyDescription("Name of the pod.")
  private String pod;

  @JsonPropertyDescription("Name of the container, when the failure is a container state.")
  private String container;

  @JsonPropertyDescription("Container state reason such as 'ImagePullBackOff', 'ProgressDeadlineExceeded', "
      + "or the probe result such as 'HTTP 503'.")
  private String reason;

  @JsonPropertyDescription("Container restarts so far.")
  private Integer restartCount;

  @JsonPropertyDescription("Exit code of the last terminated container instance.")
  private Integer lastExitCode;

  @JsonPropertyDescription("Health checks the readiness endpoint reported DOWN.")
  private List<String> failingChecks;

  public FailedPod() {}

  public FailedPod(String pod, String container, String reason, Integer restartCount, Integer lastExitCode,
      List<String> failingChecks) {
    this.pod = pod;
    this.container = container;
    this.reason = reason;
    this.restartCount = restartCount;
    this.lastExitCode = lastExitCode;
    this.failingChecks = failingChecks == null || failingChecks.isEmpty() ? null : List.copyOf(failingChecks);
  }

  public String getPod() {
    return pod;
  }

  public void setPod(String pod) {
    this.pod = pod;
  }

  public String getContainer() {
    return container;
  }

  public void setContainer(String container) {
    this.container = container;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Integer getRestartCount() {
    return restartCount;
  }

  public void setRestartCount(Integer restartCount) {
    this.restartCount = restartCount;
  }

  public Integer getLastExitCode() {
    return lastExitCode;
  }

  public void setLastExitCode(Integer lastExitCode) {
    this.lastExitCode = lastExitCode;
  }

  public List<String> getFailingChecks() {
    return failingChecks;
  }

  public void setFailingChecks(List<String> failingChecks) {
    this.failingChecks = failingChecks;
  }
}
