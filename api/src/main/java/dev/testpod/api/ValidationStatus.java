package dev.testpod.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** Progress of the running validation, kept in status so that a restarted operator keeps the deadline. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ValidationStatus {

  @JsonPropertyDescription("RFC 3339 time the validated revision was rolled out.")
  private String startedAt;

  @JsonPropertyDescription("RFC 3339 time at which validation fails if it has not passed.")
  private String deadline;

  @JsonPropertyDescription("Consecutive probe rounds in which every new pod passed.")
  private Integer consecutiveSuccesses;

  @JsonPropertyDescription("The latest probe.")
  private ProbeResult lastProbe;

  @JsonPropertyDescription("Why validation failed, naming the pod and the reason.")
  private String failureReason;

  @JsonPropertyDescription("Revision being validated.")
  private Long revision;

  @JsonPropertyDescription("True when the validated revision is a rollback target rather than a new rollout.")
  private Boolean rollback;

  public String getStartedAt() {
    return startedAt;
  }

  public void setStartedAt(String startedAt) {
    this.startedAt = startedAt;
  }

  public String getDeadline() {
    return deadline;
  }

  public void setDeadline(String deadline) {
    this.deadline = deadline;
  }

  public Integer getConsecutiveSuccesses() {
    return consecutiveSuccesses;
  }

  public void setConsecutiveSuccesses(Integer consecutiveSuccesses) {
    this.consecutiveSuccesses = consecutiveSuccesses;
  }

  public ProbeResult getLastProbe() {
    return lastProbe;
  }

  public void setLastProbe(ProbeResult lastProbe) {
    this.lastProbe = lastProbe;
  }

  public String getFailureReason() {
    return failureReason;
  }

  public void setFailureReason(String failureReason) {
    this.failureReason = failureReason;
  }

  public Long getRevision() {
    return revision;
  }

  public void setRevision(Long revision) {
    this.revision = revision;
  }

  public Boolean getRollback() {
    return rollback;
  }

  public void setRollback(Boolean rollback) {
    this.rollback = rollback;
  }
}
