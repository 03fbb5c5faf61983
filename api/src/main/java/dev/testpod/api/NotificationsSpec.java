package dev.testpod.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.ArrayList;
import java.util.List;

/** Receivers notified of release outcomes. Every URL comes from a Secret, never from the spec. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class NotificationsSpec {

  @JsonPropertyDescription("Slack incoming webhook.")
  private ChatWebhook slack;

  @JsonPropertyDescription("Microsoft Teams workflow webhook.")
  private ChatWebhook teams;

  @JsonPropertyDescription("Generic receivers of CloudEvents 1.0 JSON events.")
  private List<CloudEventsWebhook> webhooks = new ArrayList<>();

  @JsonPropertyDescription("Outcomes that send a notification; all three when empty.")
  private List<Outcome> on = new ArrayList<>();

  public ChatWebhook getSlack() {
    return slack;
  }

  public void setSlack(ChatWebhook slack) {
    this.slack = slack;
  }

  public ChatWebhook getTeams() {
    return teams;
  }

  public void setTeams(ChatWebhook teams) {
    this.teams = teams;
  }

  public List<CloudEventsWebhook> getWebhooks() {
    return webhooks;
  }

  public void setWebhooks(List<CloudEventsWebhook> webhooks) {
    this.webhooks = webhooks;
  }

  public List<Outcome> getOn() {
    return on;
  }

  public void setOn(List<Outcome> on) {
    this.on = on;
  }
}
