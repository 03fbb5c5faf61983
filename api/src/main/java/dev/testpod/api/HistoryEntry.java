package dev.testpod.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** One revision that was rolled out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class HistoryEntry {

  @JsonPropertyDescription("Revision number, also the name suffix of its ControllerRevision.")
  private Long revision;

  @JsonPropertyDescription("Image of the revision.")
  private String image;

  @JsonPropertyDescription("RFC 3339 time the revision was rolled out.")
  private String deployedAt;

  @JsonPropertyDescription("Result of the revision.")
  private HistoryResult result;

  @JsonPropertyDescription("Why the revision ended with this result.")
  private String reason;

  public HistoryEntry() {}

  public HistoryEntry(Long revision, String image, String deployedAt, HistoryResult result, String reason) {
    this.revision = revision;
    this.image = image;
    this.deployedAt = deployedAt;
    this.result = result;
    this.reason = reason;
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

  public String getDeployedAt() {
    return deployedAt;
  }

  public void setDeployedAt(String deployedAt) {
    this.deployedAt = deployedAt;
  }

  public HistoryResult getResult() {
    return result;
  }

  public void setResult(HistoryResult result) {
    this.result = result;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
