package dev.testpod.operator.notification;

import static dev.testpod.operator.notification.ClusterFixture.allChannels;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.testpod.api.TestPodRelease;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The exact bodies that Slack, Teams and CloudEvents receivers get for each outcome, sent by the
 * real notifier to real HTTP receivers. The Kubernetes API is fabric8's mock server in CRUD mode.
 */
@EnableKubernetesMockClient(crud = true)
class WebhookPayloadTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static KubernetesClient client;

  private ClusterFixture cluster;
  private WebhookNotifier notifier;
  private RecordingReceiver slack;
  private RecordingReceiver teams;
  private RecordingReceiver webhook;
  private TestPodRelease release;

  @BeforeEach
  void startReceivers() throws Exception {
    cluster = new ClusterFixture(client);
    notifier = new WebhookNotifier(client, new KubernetesEventFailureListener(client, Clock.systemUTC()),
        NotifierSettings.defaults().withAttemptTimeout(Duration.ofSeconds(5)), Clock.systemUTC());
    slack = new RecordingReceiver();
    teams = new RecordingReceiver();
    webhook = new RecordingReceiver();
    cluster.secret("preprod", "slack", slack.url(), "teams", teams.url(), "pager", webhook.url());
    release = cluster.release("preprod", allChannels("slack", "teams", "pager"));
  }

  @AfterEach
  void stop() {
    notifier.close();
    slack.close();
    teams.close();
    webhook.close();
    client.secrets().inNamespace("preprod").withName(ClusterFixture.SECRET).delete();
    client.resources(TestPodRelease.class).inNamespace("preprod").delete();
  }

  @Test
  void rolledBackPayloads() throws Exception {
    notifier.notify(release, Reports.rolledBack("preprod"));
    awaitOneRequestEach();

    assertThat(slack.requests().get(0).contentType()).isEqualTo("application/json");
    assertThat(body(slack)).isEqualTo(json("""
        {"text": "test-pod in preprod rolled back to revision 3",
         "blocks": [
          {"type": "header",
           "text": {"type": "plain_text", "text": "test-pod in preprod rolled back to revision 3"}},
          {"type": "section", "fields": [
            {"type": "mrkdwn", "text": "*Release*\\npreprod/test-pod"},
            {"type": "mrkdwn", "text": "*Outcome*\\nRolledBack"},
            {"type": "mrkdwn", "text": "*From*\\nghcr.io/acme/test-pod-app:1.4.2 (revision 4)"},
            {"type": "mrkdwn", "text": "*To*\\nghcr.io/acme/test-pod-app:1.4.1 (revision 3)"},
            {"type": "mrkdwn", "text": "*Time to detect*\\n1m 12s"},
            {"type": "mrkdwn", "text": "*Time to roll back*\\n1m 35s"}]},
          {"type": "section",
           "text": {"type": "mrkdwn", "text": "*Failure*\\nPod test-pod-4-abcde is in CrashLoopBackOff\\nPod test-pod-4-abcde, container app: CrashLoopBackOff, 5 restarts, last exit code 1"}},
          {"type": "context", "elements": [
            {"type": "mrkdwn", "text": "TestPodRelease preprod/test-pod at 2026-12-04T20:00:00Z"}]}]}
        """));

    assertThat(teams.requests().get(0).contentType()).isEqualTo("application/json");
    assertThat(body(teams)).isEqualTo(teamsMessage("""
        [{"type": "TextBlock", "text": "test-pod in preprod rolled back to revision 3",
          "size": "Medium", "weight": "Bolder", "color": "Warning", "wrap": true},
         {"type": "FactSet", "facts": [
           {"title": "Release", "value": "preprod/test-pod"},
           {"title": "Outcome", "value": "RolledBack"},
           {"title": "From", "value": "ghcr.io/acme/test-pod-app:1.4.2 (revision 4)"},
           {"title": "To", "value": "ghcr.io/acme/test-pod-app:1.4.1 (revision 3)"},
           {"title": "Time to detect", "value": "1m 12s"},
           {"title": "Time to roll back", "value": "1m 35s"}]},
         {"type": "TextBlock", "text": "Failure: Pod test-pod-4-abcde is in CrashLoopBackOff\\n\\nPod test-pod-4-abcde, container app: CrashLoopBackOff, 5 restarts, last exit code 1", "wrap": true},
         {"type": "TextBlock", "text": "TestPodRelease preprod/test-pod at 2026-12-04T20:00:00Z",
          "isSubtle": true, "size": "Small", "wrap": true}]
        """));

    assertThat(webhook.requests().get(0).contentType()).isEqualTo("application/cloudevents+json");
    assertThat(body(webhook)).isEqualTo(json("""
        {"specversion": "1.0",
         "id": "%s",
         "source": "/apis/testpod.dev/v1alpha1/namespaces/preprod/testpodreleases/test-pod",
         "type": "dev.testpod.release.rolledback",
         "datacontenttype": "application/json",
         "subject": "test-pod",
         "time": "2026-12-04T20:00:00Z",
         "data": {
           "namespace": "preprod", "name": "test-pod", "outcome": "RolledBack",
           "from": {"image": "ghcr.io/acme/test-pod-app:1.4.2", "revision": 4},
           "to": {"image": "ghcr.io/acme/test-pod-app:1.4.1", "revision": 3},
           "failure": {
             "reason": "Pod test-pod-4-abcde is in CrashLoopBackOff",
             "pod": {"name": "test-pod-4-abcde", "container": "app", "state": "CrashLoopBackOff",
                     "restartCount": 5, "lastExitCode": 1, "failingChecks": []}},
           "timeToDetect": "PT1M12S",
           "timeToRollback": "PT1M35S"}}
        """.formatted(eventId("preprod/test-pod/rev-4-RolledBack"))));
  }

  @Test
  void succeededPayloads() throws Exception {
    notifier.notify(release, Reports.succeeded("preprod"));
    awaitOneRequestEach();

    assertThat(body(slack)).isEqualTo(json("""
        {"text": "test-pod in preprod succeeded: revision 4 passed validation",
         "blocks": [
          {"type": "header",
           "text": {"type": "plain_text", "text": "test-pod in preprod succeeded: revision 4 passed validation"}},
          {"type": "section", "fields": [
            {"type": "mrkdwn", "text": "*Release*\\npreprod/test-pod"},
            {"type": "mrkdwn", "text": "*Outcome*\\nSucceeded"},
            {"type": "mrkdwn", "text": "*From*\\nghcr.io/acme/test-pod-app:1.4.1 (revision 3)"},
            {"type": "mrkdwn", "text": "*To*\\nghcr.io/acme/test-pod-app:1.4.2 (revision 4)"}]},
          {"type": "context", "elements": [
            {"type": "mrkdwn", "text": "TestPodRelease preprod/test-pod at 2026-12-04T20:00:00Z"}]}]}
        """));

    assertThat(body(teams)).isEqualTo(teamsMessage("""
        [{"type": "TextBlock", "text": "test-pod in preprod succeeded: revision 4 passed validation",
          "size": "Medium", "weight": "Bolder", "color": "Good", "wrap": true},
         {"type": "FactSet", "facts": [
           {"title": "Release", "value": "preprod/test-pod"},
           {"title": "Outcome", "value": "Succeeded"},
           {"title": "From", "value": "ghcr.io/acme/test-pod-app:1.4.1 (revision 3)"},
           {"title": "To", "value": "ghcr.io/acme/test-pod-app:1.4.2 (revision 4)"}]},
         {"type": "TextBlock", "text": "TestPodRelease preprod/test-pod at 2026-12-04T20:00:00Z",
          "isSubtle": true, "size": "Small", "wrap": true}]
        """));

    assertThat(webhook.requests().get(0).contentType()).isEqualTo("application/cloudevents+json");
    assertThat(body(webhook)).isEqualTo(json("""
        {"specversion": "1.0",
         "id": "%s",
         "source": "/apis/testpod.dev/v1alpha1/namespaces/preprod/testpodreleases/test-pod",
         "type": "dev.testpod.release.succeeded",
         "datacontenttype": "application/json",
         "subject": "test-pod",
         "time": "2026-12-04T20:00:00Z",
         "data": {
           "namespace": "preprod", "name": "test-pod", "outcome": "Succeeded",
           "from": {"image": "ghcr.io/acme/test-pod-app:1.4.1", "revision": 3},
           "to": {"image": "ghcr.io/acme/test-pod-app:1.4.2", "revision": 4}}}
        """.formatted(eventId("preprod/test-pod/rev-4-Succeeded"))));
  }

  @Test
  void failedPayloads() throws Exception {
    notifier.notify(release, Reports.failed("preprod"));
    awaitOneRequestEach();

    assertThat(body(slack)).isEqualTo(json("""
        {"text": "test-pod in preprod failed: revision 5 did not pass validation",
         "blocks": [
          {"type": "header",
           "text": {"type": "plain_text", "text": "test-pod in preprod failed: revision 5 did not pass validation"}},
          {"type": "section", "fields": [
            {"type": "mrkdwn", "text": "*Release*\\npreprod/test-pod"},
            {"type": "mrkdwn", "text": "*Outcome*\\nFailed"},
            {"type": "mrkdwn", "text": "*From*\\nghcr.io/acme/test-pod-app:1.4.2 (revision 4)"},
            {"type": "mrkdwn", "text": "*To*\\nghcr.io/acme/test-pod-app:1.4.3 (revision 5)"},
            {"type": "mrkdwn", "text": "*Time to detect*\\n5m 0s"}]},
          {"type": "section",
           "text": {"type": "mrkdwn", "text": "*Failure*\\nPod test-pod-5-fghij answered /q/health/ready with HTTP 503\\nPod test-pod-5-fghij, container app: HTTP 503, 0 restarts\\nFailing checks: postgres, s3"}},
          {"type": "context", "elements": [
            {"type": "mrkdwn", "text": "TestPodRelease preprod/test-pod at 2026-12-04T20:00:00Z"}]}]}
        """));

    assertThat(body(teams)).isEqualTo(teamsMessage("""
        [{"type": "TextBlock", "text": "test-pod in preprod failed: revision 5 did not pass validation",
          "size": "Medium", "weight": "Bolder", "color": "Attention", "wrap": true},
         {"type": "FactSet", "facts": [
           {"title": "Release", "value": "preprod/test-pod"},
           {"title": "Outcome", "value": "Failed"},
           {"title": "From", "value": "ghcr.io/acme/test-pod-app:1.4.2 (revision 4)"},
           {"title": "To", "value": "ghcr.io/acme/test-pod-app:1.4.3 (revision 5)"},
           {"title": "Time to detect", "value": "5m 0s"}]},
         {"type": "TextBlock", "text": "Failure: Pod test-pod-5-fghij answered /q/health/ready with HTTP 503\\n\\nPod test-pod-5-fghij, container app: HTTP 503, 0 restarts\\n\\nFailing checks: postgres, s3", "wrap": true},
         {"type": "TextBlock", "text": "TestPodRelease preprod/test-pod at 2026-12-04T20:00:00Z",
          "isSubtle": true, "size": "Small", "wrap": true}]
        """));

    assertThat(body(webhook)).isEqualTo(json("""
        {"specversion": "1.0",
         "id": "%s",
         "source": "/apis/testpod.dev/v1alpha1/namespaces/preprod/testpodreleases/test-pod",
         "type": "dev.testpod.release.failed",
         "datacontenttype": "application/json",
         "subject": "test-pod",
         "time": "2026-12-04T20:00:00Z",
         "data": {
           "namespace": "preprod", "name": "test-pod", "outcome": "Failed",
           "from": {"image": "ghcr.io/acme/test-pod-app:1.4.2", "revision": 4},
           "to": {"image": "ghcr.io/acme/test-pod-app:1.4.3", "revision": 5},
           "failure": {
             "reason": "Pod test-pod-5-fghij answered /q/health/ready with HTTP 503",
             "pod": {"name": "test-pod-5-fghij", "container": "app", "state": "HTTP 503",
                     "restartCount": 0, "failingChecks": ["postgres", "s3"]}},
           "timeToDetect": "PT5M"}}
        """.formatted(eventId("preprod/test-pod/rev-5-Failed"))));
  }

  private void awaitOneRequestEach() {
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
      assertThat(slack.requests()).hasSize(1);
      assertThat(teams.requests()).hasSize(1);
      assertThat(webhook.requests()).hasSize(1);
    });
    assertThat(slack.requests().get(0).method()).isEqualTo("POST");
  }

  private static JsonNode body(RecordingReceiver receiver) throws Exception {
    return JSON.readTree(receiver.requests().get(0).body());
  }

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text);
  }

  /** Wraps Adaptive Card {@code body} elements in the Teams workflow-webhook envelope. */
  private static JsonNode teamsMessage(String cardBody) throws Exception {
    return json("""
        {"type": "message",
         "attachments": [
          {"contentType": "application/vnd.microsoft.card.adaptive",
           "content": {
             "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
             "type": "AdaptiveCard",
             "version": "1.4",
             "body": %s}}]}
        """.formatted(cardBody));
  }

  /** Returns the event id: a name-based UUID of namespace, release and transition key. */
  private static String eventId(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }
}
