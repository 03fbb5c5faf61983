package dev.testpod.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** A revision that failed validation or was rolled back by hand, with the times needed to report it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class FailureRecord {

  @JsonPropertyDescription("Revision that failed or was rolled back.")
  private Long revision;

  @JsonPropertyDescription("Image of that revision.")
  private String image;

  @JsonPropertyDescription("Why the revision was abandoned, naming the pod and the reason.")
  private String reason;

  @JsonPropertyDescription("RFC 3339 time the revision's rollout started.")
  private String startedAt;

  @JsonPropertyDescription("RFC 3339 time the failure was detected.")
  private String detectedAt;

  @JsonPropertyDescription("State of the pod that failed, when the failure concerns one pod.")
  private FailedPod failedPod;

  public FailureRecord() {}

  public FailureRecord(Long revision, String image, String reason, String startedAt, String detectedAt) {
    this.revision = revision;
    this.image = image;
    this.reason = reason;
    this.startedAt = startedAt;
    this.detectedAt = detectedAt;
  }

  public Long getRevision() {
    return revision;
  }

  public void setRevision(Long revision) {
    this.revision = revision;
  }

  public String getImage() {
    return image;
  }

  public void setImage(String image) {
    this.image = image;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getStartedAt() {
    return startedAt;
  }

  public void setStartedAt(String startedAt) {
    this.startedAt = startedAt;
  }

  public String getDetectedAt() {
    return detectedAt;
  }

  public void setDetectedAt(String detectedAt) {
    this.detectedAt = detectedAt;
  }

  public FailedPod getFailedPod() {
    return failedPod;
  }

  public void setFailedPod(FailedPod failedPod) {
    this.failedPod = failedPod;
  }
}
