package dev.testpod.operator.notification;

/** The kinds of receiver a release can notify, each with its own payload format. */
public enum ChannelKind {
  SLACK("Slack", new SlackMessageFormat()),
  TEAMS("Microsoft Teams", new TeamsCardFormat()),
  CLOUD_EVENTS("CloudEvents webhook", new CloudEventFormat());

  private final String displayName;
  private final PayloadFormat format;

  ChannelKind(String displayName, PayloadFormat format) {
    this.displayName = displayName;
    this.format = format;
  }

  public String displayName() {
    return displayName;
  }

  public PayloadFormat format() {
    return format;
  }
}
