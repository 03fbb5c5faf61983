package dev.testpod.operator.notification;

import dev.testpod.api.ChatWebhook;
import dev.testpod.api.CloudEventsWebhook;
import dev.testpod.api.NotificationsSpec;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One configured receiver: its kind and the Secret key that contains its URL.
 *
 * @param id stable name of the channel in the delivery ledger, such as {@code slack} or
 *     {@code webhook:hooks/pager}
 */
public record NotificationChannel(String id, ChannelKind kind, SecretKeySelector urlSecretRef) {

  /** Lists the channels {@code spec} configures, once each, skipping entries without a Secret. */
  public static List<NotificationChannel> configuredIn(NotificationsSpec spec) {
    Map<String, NotificationChannel> channels = new LinkedHashMap<>();
    if (spec == null) {
      return List.of();
    }
    addChat(channels, "slack", ChannelKind.SLACK, spec.getSlack());
    addChat(channels, "teams", ChannelKind.TEAMS, spec.getTeams());
    List<CloudEventsWebhook> webhooks = spec.getWebhooks() == null ? List.of() : spec.getWebhooks();
    for (CloudEventsWebhook webhook : webhooks) {
      SecretKeySelector ref = webhook == null ? null : webhook.getUrlSecretRef();
      if (ref != null) {
        String id = "webhook:" + ref.getName() + "/" + ref.getKey();
        channels.putIfAbsent(id, new NotificationChannel(id, ChannelKind.CLOUD_EVENTS, ref));
      }
    }
    return new ArrayList<>(channels.values());
  }

  private static void addChat(
      Map<String, NotificationChannel> channels, String id, ChannelKind kind, ChatWebhook chat) {
    if (chat != null && chat.getWebhookSecretRef() != null) {
      channels.put(id, new NotificationChannel(id, kind, chat.getWebhookSecretRef()));
    }
  }

  /** Names the channel for people without revealing its URL, for example in a Warning event. */
  public String description() {
    return kind.displayName()
        + " (Secret " + urlSecretRef.getName() + ", key " + urlSecretRef.getKey() + ")";
  }
}
