package dev.testpod.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** The latest probe of one pod during validation. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ProbeResult {

  @JsonPropertyDescription("RFC 3339 time of the probe.")
  private String time;

  @JsonPropertyDescription("Name of the probed pod.")
  private String pod;

  @JsonPropertyDescription("Outcome, for example 'HTTP 200' or 'HTTP 503: postgres DOWN'.")
  private String result;

  @JsonPropertyDescription("HTTP status of the health path, when the pod answered.")
  private Integer httpStatus;

  @JsonPropertyDescription("Health checks the pod's readiness response reported DOWN.")
  private List<String> failingChecks;

  public ProbeResult() {}

  public ProbeResult(String time, String pod, String result) {
    this.time = time;
    this.pod = pod;
    this.result = result;
  }

  public String getTime() {
    return time;
  }

  public void setTime(String time) {
    this.time = time;
  }

  public String getPod() {
    return pod;
  }

  public void setPod(String pod) {
    this.pod = pod;
  }

  public String getResult() {
    return result;
  }

  public void setResult(String result) {
    this.result = result;
  }

  public Integer getHttpStatus() {
    return httpStatus;
  }

  public void setHttpStatus(Integer httpStatus) {
    this.httpStatus = httpStatus;
  }

  public List<String> getFailingChecks() {
    return failingChecks;
  }

  public void setFailingChecks(List<String> failingChecks) {
    this.failingChecks = failingChecks;
  }
}
