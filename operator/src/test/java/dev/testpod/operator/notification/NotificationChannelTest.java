package dev.testpod.operator.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testpod.api.ChatWebhook;
import dev.testpod.api.CloudEventsWebhook;
import dev.testpod.api.NotificationsSpec;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotificationChannelTest {

  @Test
  void listsEveryConfiguredChannelInOrder() {
    NotificationsSpec spec = ClusterFixture.allChannels("slack", "teams", "pager");

    List<NotificationChannel> channels = NotificationChannel.configuredIn(spec);

    assertThat(channels).extracting(NotificationChannel::id)
        .containsExactly("slack", "teams", "webhook:hooks/pager");
    assertThat(channels).extracting(NotificationChannel::kind)
        .containsExactly(ChannelKind.SLACK, ChannelKind.TEAMS, ChannelKind.CLOUD_EVENTS);
  }

  @Test
  void describesChannelBySecretAndKey() {
    NotificationChannel channel = NotificationChannel.configuredIn(ClusterFixture.slack("slack")).get(0);

    assertThat(channel.description()).isEqualTo("Slack (Secret hooks, key slack)");
  }

  @Test
  void sendsToDuplicateWebhookOnce() {
    NotificationsSpec spec = new NotificationsSpec();
    spec.setWebhooks(List.of(webhook("pager"), webhook("pager"), webhook("audit")));

    assertThat(NotificationChannel.configuredIn(spec)).extracting(NotificationChannel::id)
        .containsExactly("webhook:hooks/pager", "webhook:hooks/audit");
  }

  @Test
  void skipsEntriesWithoutSecretReference() {
    NotificationsSpec spec = new NotificationsSpec();
    spec.setSlack(new ChatWebhook());
    spec.setWebhooks(List.of(new CloudEventsWebhook()));

    assertThat(NotificationChannel.configuredIn(spec)).isEmpty();
    assertThat(NotificationChannel.configuredIn(null)).isEmpty();
  }

  private static CloudEventsWebhook webhook(String key) {
    CloudEventsWebhook webhook = new CloudEventsWebhook();
    webhook.setUrlSecretRef(new SecretKeySelector(key, "hooks", null));
    return webhook;
  }
}
