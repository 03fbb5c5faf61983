package dev.testpod.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import java.util.ArrayList;
import java.util.List;

/** Desired state of a TestPodRelease. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class TestPodReleaseSpec {

  @Required
  @Pattern(ImageReference.SCHEMA_PATTERN)
  @JsonPropertyDescription("Container image of the test-pod app with a tag, an @sha256 digest or both; the tag 'latest' is rejected.")
  private String image;

  @Min(0)
  @Max(50)
  @Default("1")
  @JsonPropertyDescription("Number of pods, 0 to 50.")
  private Integer replicas = 1;

  @Min(1)
  @Max(65535)
  @Default("8080")
  @JsonPropertyDescription("Container port the app listens on and the Service targets.")
  private Integer port = 8080;

  @JsonPropertyDescription("Environment variables passed to the container.")
  private List<EnvVar> env = new ArrayList<>();

  @JsonPropertyDescription("Secrets and ConfigMaps whose keys become environment variables of the container.")
  private List<EnvFromSource> envFrom = new ArrayList<>();

  @JsonPropertyDescription("CPU and memory requests and limits of the container.")
  private ResourceRequirements resources;

  @JsonPropertyDescription("How every new pod is validated after a rollout.")
  private HealthCheckSpec healthCheck = new HealthCheckSpec();

  @JsonPropertyDescription("What happens when validation fails.")
  private RollbackSpec rollback = new RollbackSpec();

  @Default("false")
  @JsonPropertyDescription("When true the operator only observes and reports phase Paused; it changes nothing in the cluster.")
  private Boolean paused = false;

  @JsonPropertyDescription("Slack, Microsoft Teams and webhook receivers told about release outcomes.")
  private NotificationsSpec notifications;

  public String getImage() {
    return image;
  }

  public void setImage(String image) {
    this.image = image;
  }

  public Integer getReplicas() {
    return replicas;
  }

  public void setReplicas(Integer replicas) {
    this.replicas = replicas;
  }

  public Integer getPort() {
    return port;
  }

  public void setPort(Integer port) {
    this.port = port;
  }

  public List<EnvVar> getEnv() {
    return env;
  }

  public void setEnv(List<EnvVar> env) {
    this.env = env;
  }

  public List<EnvFromSource> getEnvFrom() {
    return envFrom;
  }

  public void setEnvFrom(List<EnvFromSource> envFrom) {
    this.envFrom = envFrom;
  }

  public ResourceRequirements getResources() {
    return resources;
  }

  public void setResources(ResourceRequirements resources) {
    this.resources = resources;
  }

  public HealthCheckSpec getHealthCheck() {
    return healthCheck;
  }

  public void setHealthCheck(HealthCheckSpec healthCheck) {
    this.healthCheck = healthCheck;
  }

  public RollbackSpec getRollback() {
    return rollback;
  }

  public void setRollback(RollbackSpec rollback) {
    this.rollback = rollback;
  }

  public Boolean getPaused() {
    return paused;
  }

  public void setPaused(Boolean paused) {
    this.paused = paused;
  }

  public NotificationsSpec getNotifications() {
    return notifications;
  }

  public void setNotifications(NotificationsSpec notifications) {
    this.notifications = notifications;
  }
}
