package dev.testpod.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.kubernetes.api.model.Condition;
import java.util.ArrayList;
import java.util.List;

/** Observed state of a TestPodRelease, written only by the operator. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class TestPodReleaseStatus {

  @JsonPropertyDescription("Lifecycle phase.")
  private Phase phase;

  @JsonPropertyDescription("metadata.generation of the spec the operator acted on last.")
  private Long observedGeneration;

  @JsonPropertyDescription("Revision running now.")
  private Long revision;

  @JsonPropertyDescription("Last revision that passed validation, the rollback target.")
  private Long stableRevision;

  @JsonPropertyDescription("Image of the running revision.")
  private String image;

  @JsonPropertyDescription("Image of the stable revision.")
  private String stableImage;

  @JsonPropertyDescription("One sentence: what happened and what to do.")
  private String message;

  @JsonPropertyDescription("Progress of the running validation.")
  private ValidationStatus validation;

  @JsonPropertyDescription("Rolled-out revisions, newest first, at most rollback.revisionHistoryLimit entries.")
  private List<HistoryEntry> history = new ArrayList<>();

  @JsonPropertyDescription("Ready, Progressing and Degraded conditions.")
  private List<Condition> conditions = new ArrayList<>();

  @JsonPropertyDescription("Outcome of the latest finished rollout; empty while a rollout or rollback is in progress.")
  private Outcome outcome;

  @JsonPropertyDescription("Hash of the snapshot (image, env, envFrom, resources, port) of the running revision.")
  private String specHash;

  @JsonPropertyDescription("Hash of a snapshot that failed validation; a spec with this hash is not rolled out again until testpod.dev/retry changes.")
  private String rejectedSpecHash;

  @JsonPropertyDescription("Last consumed value of the testpod.dev/retry annotation.")
  private String retryToken;

  @JsonPropertyDescription("The latest validation failure, kept while its rollback runs and after it.")
  private FailureRecord lastFailure;

  public Phase getPhase() {
    return phase;
  }

  public void setPhase(Phase phase) {
    this.phase = phase;
  }

  public Long getObservedGeneration() {
    return observedGeneration;
  }

  public void setObservedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
  }

  public Long getRevision() {
    return revision;
  }

  public void setRevision(Long revision) {
    this.revision = revision;
  }

  public Long getStableRevision() {
    return stableRevision;
  }

  public void setStableRevision(Long stableRevision) {
    this.stableRevision = stableRevision;
  }

  public String getImage() {
    return image;
  }

  public void setImage(String image) {
    this.image = image;
  }

  public String getStableImage() {
    return stableImage;
  }

  public void setStableImage(String stableImage) {
    this.stableImage = stableImage;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public ValidationStatus getValidation() {
    return validation;
  }

  public void setValidation(ValidationStatus validation) {
    this.validation = validation;
  }

  public List<HistoryEntry> getHistory() {
    return history;
  }

  public void setHistory(List<HistoryEntry> history) {
    this.history = history;
  }

  public List<Condition> getConditions() {
    return conditions;
  }

  public void setConditions(List<Condition> conditions) {
    this.conditions = conditions;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public void setOutcome(Outcome outcome) {
    this.outcome = outcome;
  }

  public String getSpecHash() {
    return specHash;
  }

  public void setSpecHash(String specHash) {
    this.specHash = specHash;
  }

  public String getRejectedSpecHash() {
    return rejectedSpecHash;
  }

  public void setRejectedSpecHash(String rejectedSpecHash) {
    this.rejectedSpecHash = rejectedSpecHash;
  }

  public String getRetryToken() {
    return retryToken;
  }

  public void setRetryToken(String retryToken) {
    this.retryToken = retryToken;
  }

  public FailureRecord getLastFailure() {
    return lastFailure;
  }

  public void setLastFailure(FailureRecord lastFailure) {
    this.lastFailure = lastFailure;
  }
}
