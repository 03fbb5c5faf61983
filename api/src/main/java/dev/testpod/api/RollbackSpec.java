package dev.testpod.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;

/** Rollback policy of a release. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class RollbackSpec {

  @Default("true")
  @JsonPropertyDescription("Re-apply the last validated revision when a new revision fails validation.")
  private Boolean automatic = true;

  @Min(1)
  @Max(100)
  @Default("10")
  @JsonPropertyDescription("Number of revisions kept in status.history and as ControllerRevisions, 1 to 100.")
  private Integer revisionHistoryLimit = 10;

  public Boolean getAutomatic() {
    return automatic;
  }

  public void setAutomatic(Boolean automatic) {
    this.automatic = automatic;
  }

  public Integer getRevisionHistoryLimit() {
    return revisionHistoryLimit;
  }

  public void setRevisionHistoryLimit(Integer revisionHistoryLimit) {
    this.revisionHistoryLimit = revisionHistoryLimit;
  }
}
