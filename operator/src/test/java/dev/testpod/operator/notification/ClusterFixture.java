package dev.testpod.operator.notification;

import dev.testpod.api.ChatWebhook;
import dev.testpod.api.CloudEventsWebhook;
import dev.testpod.api.EventReason;
import dev.testpod.api.NotificationsSpec;
import dev.testpod.api.Outcome;
import dev.testpod.api.TestPodRelease;
import dev.testpod.api.TestPodReleaseSpec;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Secrets, releases and events on the mock API server, in the shapes the notifier reads. */
final class ClusterFixture {

  static final String RELEASE = "test-pod";
  static final String SECRET = "hooks";

  private final KubernetesClient client;

  ClusterFixture(KubernetesClient client) {
    this.client = client;
  }

  /** Stores {@code keysAndValues} in Secret {@code hooks}, base64-encoded as the API server does. */
  void secret(String namespace, String... keysAndValues) {
    Map<String, String> data = new LinkedHashMap<>();
    for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
      byte[] value = keysAndValues[i + 1].getBytes(StandardCharsets.UTF_8);
      data.put(keysAndValues[i], Base64.getEncoder().encodeToString(value));
    }
    client.secrets().inNamespace(namespace).resource(new SecretBuilder()
        .withNewMetadata().withName(SECRET).withNamespace(namespace).endMetadata()
        .withData(data)
        .build()).create();
  }

  /** Creates release {@code test-pod} with {@code notifications} and returns the stored object. */
  TestPodRelease release(String namespace, NotificationsSpec notifications) {
    TestPodReleaseSpec spec = new TestPodReleaseSpec();
    spec.setImage("ghcr.io/acme/test-pod-app:1.4.2");
    spec.setNotifications(notifications);
    TestPodRelease release = new TestPodRelease();
    release.setMetadata(new ObjectMetaBuilder().withName(RELEASE).withNamespace(namespace).build());
    release.setSpec(spec);
    return client.resources(TestPodRelease.class).inNamespace(namespace).resource(release).create();
  }

  TestPodRelease currentRelease(String namespace) {
    return client.resources(TestPodRelease.class).inNamespace(namespace).withName(RELEASE).get();
  }

  List<Event> notificationFailedEvents(String namespace) {
    return client.v1().events().inNamespace(namespace).list().getItems().stream()
        .filter(event -> EventReason.NotificationFailed.name().equals(event.getReason()))
        .toList();
  }

  List<Event> allEvents() {
    return client.v1().events().inAnyNamespace().list().getItems();
  }

  static NotificationsSpec slack(String key) {
    NotificationsSpec spec = new NotificationsSpec();
    spec.setSlack(chat(key));
    return spec;
  }

  static NotificationsSpec allChannels(String slackKey, String teamsKey, String webhookKey) {
    NotificationsSpec spec = new NotificationsSpec();
    spec.setSlack(chat(slackKey));
    spec.setTeams(chat(teamsKey));
    CloudEventsWebhook webhook = new CloudEventsWebhook();
    webhook.setUrlSecretRef(ref(webhookKey));
    spec.setWebhooks(List.of(webhook));
    return spec;
  }

  static NotificationsSpec on(NotificationsSpec spec, Outcome... outcomes) {
    spec.setOn(List.of(outcomes));
    return spec;
  }

  private static ChatWebhook chat(String key) {
    ChatWebhook chat = new ChatWebhook();
    chat.setWebhookSecretRef(ref(key));
    return chat;
  }

  private static SecretKeySelector ref(String key) {
    return new SecretKeySelector(key, SECRET, null);
  }
}
