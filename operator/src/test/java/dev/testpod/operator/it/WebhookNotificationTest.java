package dev.testpod.operator.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.testpod.api.ChatWebhook;
import dev.testpod.api.CloudEventsWebhook;
import dev.testpod.api.EventReason;
import dev.testpod.api.NotificationsSpec;
import dev.testpod.api.Outcome;
import dev.testpod.api.Phase;
import dev.testpod.api.TestPodRelease;
import dev.testpod.operator.notification.KubernetesEventFailureListener;
import dev.testpod.operator.notification.NotifierSettings;
import dev.testpod.operator.notification.OutcomeReport;
import dev.testpod.operator.notification.RecordingReceiver;
import dev.testpod.operator.notification.ReleaseNotifier;
import dev.testpod.operator.notification.SilentReceiver;
import dev.testpod.operator.notification.WebhookNotifier;
import dev.testpod.operator.support.OperatorTestBase;
import dev.testpod.operator.support.PodBehavior;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.LoggerFactory;

/**
 * The reconciler and the real {@link WebhookNotifier} together: the operator runs against the mock
 * API server and notifies real HTTP receivers on 127.0.0.1. The last test checks the log of all.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebhookNotificationTest extends OperatorTestBase {

  private static final String GOOD = "ghcr.io/acme/test-pod-app:1.0.0";
  private static final String SECRET = "hooks";
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Three attempts of up to 2 s each, so a receiver that never responds holds a delivery for about
   * 6 s, longer than a rollback takes here.
   */
  private static final NotifierSettings SETTINGS = new NotifierSettings(Duration.ofSeconds(2), 3,
      Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofSeconds(5), 256, 2, 20);

  private static final ListAppender<ILoggingEvent> LOG = new ListAppender<>();
  private static final List<String> WEBHOOK_URLS = new CopyOnWriteArrayList<>();
  private static WebhookNotifier webhooks;

  private final List<AutoCloseable> receivers = new ArrayList<>();

  @BeforeAll
  static void useWebhookNotifier() {
    LOG.start();
    rootLogger().addAppender(LOG);
    webhooks = newWebhookNotifier();
    notifier.forwardTo(webhooks);
  }

  @AfterAll
  static void stopWebhookNotifier() {
    notifier.forwardTo(ReleaseNotifier.NONE);
    webhooks.close();
    rootLogger().detachAppender(LOG);
  }

  @AfterEach
  void closeReceivers() throws Exception {
    for (AutoCloseable receiver : receivers) {
      receiver.close();
    }
  }

  @Test
  @Order(1)
  void rollbackNotifiesEachChannelOnce() throws Exception {
    String bad = "ghcr.io/acme/test-pod-app:9.1.0";
    cluster.behave(bad, PodBehavior.PULL_BACK_OFF);
    RecordingReceiver slack = receiver();
    RecordingReceiver teams = receiver();
    RecordingReceiver pager = receiver();
    secret("slack", slack.url(), "teams", teams.url(), "pager", pager.url());
    TestPodRelease release = release("app", GOOD, 1);
    release.getSpec().setNotifications(allChannels());
    create(release);
    awaitPhase("app", Phase.Succeeded);
    awaitRequests(pager, 1);

    setImage("app", bad);
    TestPodRelease rolledBack = awaitPhase("app", Phase.RolledBack);

    for (RecordingReceiver receiver : List.of(slack, teams, pager)) {
      awaitRequests(receiver, 2);
    }
    String pod = rolledBack.getStatus().getLastFailure().getFailedPod().getPod();
    assertThat(pod).startsWith("app-2-");
    JsonNode data = JSON.readTree(pager.requests().get(1).body()).path("data");
    assertThat(data.path("outcome").asText()).isEqualTo("RolledBack");
    assertThat(data.path("from").path("image").asText()).isEqualTo(bad);
    assertThat(data.path("from").path("revision").asLong()).isEqualTo(2L);
    assertThat(data.path("to").path("image").asText()).isEqualTo(GOOD);
    assertThat(data.path("to").path("revision").asLong()).isEqualTo(1L);
    assertThat(data.path("failure").path("pod").path("name").asText()).isEqualTo(pod);
    assertThat(data.path("failure").path("pod").path("container").asText()).isEqualTo("app");
    assertThat(data.path("failure").path("pod").path("state").asText()).isEqualTo("ImagePullBackOff");
    assertThat(Duration.parse(data.path("timeToDetect").asText())).isBetween(Duration.ZERO, Duration.ofSeconds(20));
    assertThat(Duration.parse(data.path("timeToRollback").asText())).isBetween(Duration.ZERO, Duration.ofSeconds(20));
    for (RecordingReceiver chat : List.of(slack, teams)) {
      assertThat(chat.requests().get(1).body())
          .contains("rolled back to revision 1")
          .contains(bad + " (revision 2)")
          .contains(GOOD + " (revision 1)")
          .contains("Pod " + pod + ", container app: ImagePullBackOff")
          .contains("Time to detect")
          .contains("Time to roll back");
    }
  }

  @Test
  @Order(2)
  void readiness503NamesFailingChecks() throws Exception {
    String unhealthy = "ghcr.io/acme/test-pod-app:9.2.0";
    cluster.behave(unhealthy, PodBehavior.READINESS_503);
    RecordingReceiver pager = receiver();
    secret("pager", pager.url());
    TestPodRelease release = release("app", unhealthy, 1);
    NotificationsSpec notifications = new NotificationsSpec();
    notifications.setWebhooks(List.of(cloudEvents("pager")));
    release.getSpec().setNotifications(notifications);
    create(release);
    await().atMost(WAIT).until(() -> lastProbeChecks("app") != null);

    clock.advance(Duration.ofMinutes(5).plusSeconds(1));
    TestPodRelease failed = awaitPhase("app", Phase.Failed);

    assertThat(failed.getStatus().getValidation().getFailureReason())
        .contains("/q/health/ready returned HTTP 503 (checks DOWN: postgres, cassandra)");
    awaitRequests(pager, 1);
    JsonNode pod = JSON.readTree(pager.requests().get(0).body()).path("data").path("failure").path("pod");
    assertThat(pod.path("state").asText()).isEqualTo("HTTP 503");
    assertThat(pod.path("failingChecks")).extracting(JsonNode::asText).containsExactly("postgres", "cassandra");
  }

  @Test
  @Order(3)
  void deadReceiverDelaysNoReconcile() throws Exception {
    String bad = "ghcr.io/acme/test-pod-app:9.3.0";
    cluster.behave(bad, PodBehavior.PULL_BACK_OFF);
    SilentReceiver silent = new SilentReceiver();
    receivers.add(silent);
    WEBHOOK_URLS.add(silent.url());
    secret("slack", silent.url());
    TestPodRelease release = release("app", GOOD, 1);
    NotificationsSpec notifications = new NotificationsSpec();
    notifications.setSlack(chat("slack"));
    notifications.setOn(List.of(Outcome.Succeeded));
    release.getSpec().setNotifications(notifications);
    create(release);
    awaitPhase("app", Phase.Succeeded);
    await().atMost(WAIT).until(() -> silent.connections() >= 1);

    Instant start = Instant.now();
    setImage("app", bad);
    create(release("other", GOOD, 1));
    awaitPhase("other", Phase.Succeeded);
    awaitPhase("app", Phase.RolledBack);
    Duration elapsed = Duration.between(start, Instant.now());

    assertThat(elapsed).as("rollback of app and first rollout of other").isLessThan(Duration.ofSeconds(6));
    assertThat(events(EventReason.NotificationFailed)).as("the delivery is still in flight").isEmpty();
    Event failure = awaitOneNotificationFailedEvent();
    assertThat(failure.getMessage()).startsWith("Notification to Slack (Secret hooks, key slack) failed:")
        .endsWith("after 3 attempts");
    await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
        .until(() -> silent.connections() == 3);
  }

  @Test
  @Order(4)
  void failedOnlyFilterSendsNothingForSuccess() throws Exception {
    RecordingReceiver slack = receiver();
    secret("slack", slack.url());
    TestPodRelease release = release("app", GOOD, 1);
    NotificationsSpec notifications = new NotificationsSpec();
    notifications.setSlack(chat("slack"));
    notifications.setOn(List.of(Outcome.Failed));
    release.getSpec().setNotifications(notifications);
    create(release);
    awaitPhase("app", Phase.Succeeded);

    await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
        .until(() -> slack.requests().isEmpty());
    assertThat(notifier.reportsFor(namespace)).extracting(OutcomeReport::outcome).containsExactly(Outcome.Succeeded);
  }

  @Test
  @Order(5)
  void missingSecretIsReportedAndRolloutSucceeds() {
    TestPodRelease release = release("app", GOOD, 1);
    NotificationsSpec notifications = new NotificationsSpec();
    notifications.setSlack(chat("slack"));
    release.getSpec().setNotifications(notifications);
    create(release);

    TestPodRelease succeeded = awaitPhase("app", Phase.Succeeded);

    assertThat(succeeded.getStatus().getStableRevision()).isEqualTo(1L);
    Event event = awaitOneNotificationFailedEvent();
    assertThat(event.getType()).isEqualTo("Warning");
    assertThat(event.getMessage()).contains("Secret hooks").contains("key slack").contains("not found");
  }

  @Test
  @Order(6)
  void restartSendsNothingAgain() throws Exception {
    RecordingReceiver slack = receiver();
    secret("slack", slack.url());
    TestPodRelease release = release("app", GOOD, 1);
    NotificationsSpec notifications = new NotificationsSpec();
    notifications.setSlack(chat("slack"));
    release.getSpec().setNotifications(notifications);
    create(release);
    awaitPhase("app", Phase.Succeeded);
    awaitRequests(slack, 1);
    await().atMost(WAIT).until(() -> get("app").getMetadata().getAnnotations().containsKey("testpod.dev/notified"));

    webhooks.close();
    webhooks = newWebhookNotifier();
    notifier.forwardTo(webhooks);
    restartOperator();
    await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> phase("app") == Phase.Succeeded);
    // A new operator that decided the same transition again would hand over the same report.
    webhooks.notify(get("app"), notifier.reportsFor(namespace).get(0));

    await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
        .until(() -> slack.requests().size() == 1);
    assertThat(notifier.reportsFor(namespace)).extracting(OutcomeReport::outcome).containsExactly(Outcome.Succeeded);
  }

  @Test
  @Order(7)
  void logContainsNoWebhookUrl() {
    List<String> lines = new ArrayList<>();
    for (ILoggingEvent event : LOG.list) {
      lines.add(event.getFormattedMessage());
      for (IThrowableProxy error = event.getThrowableProxy(); error != null; error = error.getCause()) {
        lines.add(error.getClassName() + ": " + error.getMessage());
      }
    }

    assertThat(WEBHOOK_URLS).hasSizeGreaterThanOrEqualTo(7);
    assertThat(lines).as("log of this class").anyMatch(line -> line.contains("Delivered the"));
    for (String url : WEBHOOK_URLS) {
      String token = url.substring(url.indexOf("/hooks/"));
      assertThat(lines).noneMatch(line -> line.contains(url) || line.contains(token));
    }
  }

  private static WebhookNotifier newWebhookNotifier() {
    return new WebhookNotifier(client, new KubernetesEventFailureListener(client, clock), SETTINGS, clock);
  }

  private RecordingReceiver receiver() throws IOException {
    RecordingReceiver receiver = new RecordingReceiver();
    receivers.add(receiver);
    WEBHOOK_URLS.add(receiver.url());
    return receiver;
  }

  private Event awaitOneNotificationFailedEvent() {
    return await().atMost(WAIT).until(() -> events(EventReason.NotificationFailed), events -> events.size() == 1)
        .get(0);
  }

  private static void awaitRequests(RecordingReceiver receiver, int count) {
    await().atMost(WAIT).until(() -> receiver.requests().size() >= count);
    await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
        .until(() -> receiver.requests().size() == count);
  }

  private List<String> lastProbeChecks(String name) {
    TestPodRelease release = get(name);
    var validation = release == null || release.getStatus() == null ? null : release.getStatus().getValidation();
    return validation == null || validation.getLastProbe() == null ? null : validation.getLastProbe().getFailingChecks();
  }

  /** Stores the key and URL pairs in Secret {@code hooks} of the test's namespace. */
  private void secret(String... keysAndUrls) {
    Map<String, String> data = new LinkedHashMap<>();
    for (int i = 0; i + 1 < keysAndUrls.length; i += 2) {
      data.put(keysAndUrls[i], keysAndUrls[i + 1]);
    }
    client.secrets().inNamespace(namespace).resource(new SecretBuilder()
        .withNewMetadata().withName(SECRET).withNamespace(namespace).endMetadata()
        .withStringData(data)
        .build()).create();
  }

  private static NotificationsSpec allChannels() {
    NotificationsSpec spec = new NotificationsSpec();
    spec.setSlack(chat("slack"));
    spec.setTeams(chat("teams"));
    spec.setWebhooks(List.of(cloudEvents("pager")));
    return spec;
  }

  private static ChatWebhook chat(String key) {
    ChatWebhook chat = new ChatWebhook();
    chat.setWebhookSecretRef(new SecretKeySelector(key, SECRET, null));
    return chat;
  }

  private static CloudEventsWebhook cloudEvents(String key) {
    CloudEventsWebhook webhook = new CloudEventsWebhook();
    webhook.setUrlSecretRef(new SecretKeySelector(key, SECRET, null));
    return webhook;
  }

  private static Logger rootLogger() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }
}
