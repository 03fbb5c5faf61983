package dev.testpod.operator.notification;

import static dev.testpod.operator.notification.ClusterFixture.on;
import static dev.testpod.operator.notification.ClusterFixture.slack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import dev.testpod.api.NotificationsSpec;
import dev.testpod.api.Outcome;
import dev.testpod.api.TestPodRelease;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/**
 * Delivery of notifications: retries, time bounds, failure events, bad Secrets and restarts.
 * Receivers are real HTTP servers on 127.0.0.1, and the Kubernetes API is fabric8's mock server in
 * CRUD mode. Every test uses its own namespace, and the last test checks the log of all of them.
 */
@EnableKubernetesMockClient(crud = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebhookDeliveryTest {

  /** Back-off in milliseconds so retries do not slow the suite. The attempt bound stays 4. */
  private static final NotifierSettings FAST = NotifierSettings.defaults()
      .withAttemptTimeout(Duration.ofSeconds(5))
      .withBackoff(Duration.ofMillis(20), Duration.ofMillis(100));

  private static final ListAppender<ILoggingEvent> LOG = new ListAppender<>();
  private static final List<String> WEBHOOK_URLS = new CopyOnWriteArrayList<>();
  private static final AtomicInteger NAMESPACES = new AtomicInteger();

  static KubernetesClient client;

  private final List<AutoCloseable> resources = new ArrayList<>();
  private ClusterFixture cluster;
  private String namespace;
  private WebhookNotifier notifier;

  @BeforeAll
  static void captureLog() {
    LOG.start();
    rootLogger().addAppender(LOG);
  }

  @AfterAll
  static void releaseLog() {
    rootLogger().detachAppender(LOG);
  }

  @BeforeEach
  void setUp() {
    cluster = new ClusterFixture(client);
    namespace = "team-" + NAMESPACES.incrementAndGet();
    notifier = notifier(FAST);
  }

  @AfterEach
  void tearDown() throws Exception {
    for (AutoCloseable resource : resources) {
      resource.close();
    }
  }

  @Test
  void retriesServerErrorsUntilDelivered() throws Exception {
    RecordingReceiver receiver = receiver().thenReply(500).thenReply(500);
    cluster.secret(namespace, "slack", receiver.url());
    TestPodRelease release = cluster.release(namespace, slack("slack"));

    notifier.notify(release, Reports.rolledBack(namespace));

    awaitRecorded("slack", "rev-4-RolledBack");
    assertThat(receiver.requests()).hasSize(3);
    assertThat(cluster.notificationFailedEvents(namespace)).isEmpty();
  }

  @Test
  void honoursRetryAfterOnTooManyRequests() throws Exception {
    RecordingReceiver receiver = receiver().thenReply(429, "Retry-After", "1");
    cluster.secret(namespace, "slack", receiver.url());
    TestPodRelease release = cluster.release(namespace, slack("slack"));

    notifier.notify(release, Reports.rolledBack(namespace));

    awaitRecorded("slack", "rev-4-RolledBack");
    List<RecordingReceiver.Request> requests = receiver.requests();
    assertThat(requests).hasSize(2);
    Duration gap = Duration.between(requests.get(0).at(), requests.get(1).at());
    assertThat(gap).isBetween(Duration.ofMillis(1000), Duration.ofMillis(2500));
  }

  @Test
  void clientErrorIsNotRetriedAndReportedOnce() throws Exception {
    RecordingReceiver receiver = receiver().thenReply(400);
    cluster.secret(namespace, "slack", receiver.url());
    TestPodRelease release = cluster.release(namespace, slack("slack"));

    notifier.notify(release, Reports.rolledBack(namespace));

    Event event = awaitOneFailureEvent();
    assertThat(event.getType()).isEqualTo("Warning");
    assertThat(event.getMessage()).isEqualTo(
        "Notification to Slack (Secret hooks, key slack) failed: HTTP 400 after 1 attempt");
    assertThat(event.getCount()).isEqualTo(1);
    assertThat(event.getInvolvedObject().getKind()).isEqualTo("TestPodRelease");
    assertThat(event.getInvolvedObject().getName()).isEqualTo("test-pod");
    assertThat(event.getInvolvedObject().getUid()).isEqualTo(release.getMetadata().getUid());
    // A retry would follow the 20 to 100 ms back-off, well inside this wait.
    await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
        .untilAsserted(() -> assertThat(receiver.requests()).hasSize(1));
    assertThat(cluster.notificationFailedEvents(namespace)).hasSize(1);
  }

  @Test
  void repeatedFailureBumpsEventCount() throws Exception {
    RecordingReceiver receiver = receiver().thenReply(404).thenReply(404);
    cluster.secret(namespace, "slack", receiver.url());
    TestPodRelease release = cluster.release(namespace, slack("slack"));

    notifier.notify(release, Reports.rolledBack(namespace));
    awaitOneFailureEvent();
    notifier.notify(release, Reports.failed(namespace));

    await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
        assertThat(awaitOneFailureEvent().getCount()).isEqualTo(2));
    assertThat(receiver.requests()).hasSize(2);
  }

  @Test
  void serverErrorsUntilLastAttemptAreReportedOnce() throws Exception {
    RecordingReceiver receiver = receiver();
    for (int i = 0; i < 5; i++) {
      receiver.thenReply(503);
    }
    cluster.secret(namespace, "slack", receiver.url());
    TestPodRelease release = cluster.release(namespace, slack("slack"));

    notifier.notify(release, Reports.rolledBack(namespace));

    Event event = awaitOneFailureEvent();
    assertThat(event.getMessage()).isEqualTo(
        "Notification to Slack (Secret hooks, key slack) failed: HTTP 503 after 4 attempts");
    assertThat(receiver.requests()).hasSize(4);
  }

  @Test
  void deadReceiverDelaysNeitherCallerNorOtherReleases() throws Exception {
    NotifierSettings bounded = new NotifierSettings(Duration.ofMillis(500), 3,
        Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofSeconds(5), 16, 2, 20);
    WebhookNotifier shortTimeouts = notifier(bounded);
    SilentReceiver dead = new SilentReceiver();
    resources.add(dead);
    WEBHOOK_URLS.add(dead.url());
    cluster.secret(namespace, "slack", dead.url());
    TestPodRelease hung = cluster.release(namespace, slack("slack"));
    String otherNamespace = namespace + "-other";
    RecordingReceiver alive = receiver();
    cluster.secret(otherNamespace, "slack", alive.url());
    TestPodRelease other = cluster.release(otherNamespace, slack("slack"));

    long started = System.nanoTime();
    shortTimeouts.notify(hung, Reports.rolledBack(namespace));
    Duration notifyTook = Duration.ofNanos(System.nanoTime() - started);
    await().atMost(Duration.ofSeconds(2)).until(() -> dead.connections() >= 1);
    shortTimeouts.notify(other, Reports.rolledBack(otherNamespace));

    assertThat(notifyTook).isLessThan(Duration.ofMillis(250));
    // The other release is delivered while attempts to the dead receiver are still running.
    await().atMost(Duration.ofSeconds(1)).until(() -> alive.requests().size() == 1);
    assertThat(dead.connections()).isLessThan(3);
    assertThat(cluster.notificationFailedEvents(namespace)).isEmpty();
    Event event = awaitOneFailureEvent();
    assertThat(event.getMessage()).isEqualTo("Notification to Slack (Secret hooks, key slack) "
        + "failed: no response within 500 ms after 3 attempts");
    await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(2))
        .until(() -> dead.connections() == 3);
  }

  @Test
  void onlyFailedOutcomesSendNothingForSuccess() throws Exception {
    RecordingReceiver receiver = receiver();
    cluster.secret(namespace, "slack", receiver.url());
    TestPodRelease release = cluster.release(namespace, on(slack("slack"), Outcome.Failed));

    notifier.notify(release, Reports.succeeded(namespace));
    notifier.notify(release, Reports.failed(namespace));

    // The failure queued second arrives, so the success would have arrived before it.
    await().atMost(Duration.ofSeconds(5)).until(() -> receiver.requests().size() == 1);
    assertThat(receiver.requests().get(0).body()).contains("failed: revision 5 did not pass validation");
    awaitRecorded("slack", "rev-5-Failed");
  }

  @Test
  void missingSecretIsReportedAndNothingSent() {
    TestPodRelease release = cluster.release(namespace, slack("slack"));

    notifier.notify(release, Reports.rolledBack(namespace));

    assertThat(awaitOneFailureEvent().getMessage()).isEqualTo(
        "Notification to Slack (Secret hooks, key slack) failed: Secret hooks in namespace "
            + namespace + " not found. Create it with key slack set to the webhook URL.");
  }

  @Test
  void missingKeyIsReportedAndNothingSent() throws Exception {
    RecordingReceiver receiver = receiver();
    cluster.secret(namespace, "teams", receiver.url());
    TestPodRelease release = cluster.release(namespace, slack("slack"));

    notifier.notify(release, Reports.rolledBack(namespace));

    assertThat(awaitOneFailureEvent().getMessage()).isEqualTo(
        "Notification to Slack (Secret hooks, key slack) failed: Secret hooks in namespace "
            + namespace + " has no key slack");
    assertThat(receiver.requests()).isEmpty();
  }

  @Test
  void optionalMissingKeyIsSkippedSilently() throws Exception {
    RecordingReceiver receiver = receiver();
    cluster.secret(namespace, "teams", receiver.url());
    NotificationsSpec spec = ClusterFixture.allChannels("slack", "teams", "pager");
    spec.getSlack().getWebhookSecretRef().setOptional(true);
    spec.getWebhooks().get(0).getUrlSecretRef().setOptional(true);
    TestPodRelease release = cluster.release(namespace, spec);

    notifier.notify(release, Reports.rolledBack(namespace));

    awaitRecorded("teams", "rev-4-RolledBack");
    assertThat(receiver.requests()).hasSize(1);
    await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(1))
        .until(() -> cluster.notificationFailedEvents(namespace).isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "ftp://127.0.0.1/hooks/token-ftp",
      "127.0.0.1:8080/hooks/token-no-scheme",
      "http:///hooks/token-no-host",
      "not a url token-words"})
  void valueThatIsNotHttpUrlIsReportedWithoutIt(String value) {
    cluster.secret(namespace, "slack", value);
    TestPodRelease release = cluster.release(namespace, slack("slack"));

    notifier.notify(release, Reports.rolledBack(namespace));

    String message = awaitOneFailureEvent().getMessage();
    assertThat(message).isEqualTo("Notification to Slack (Secret hooks, key slack) failed: "
        + "Secret hooks in namespace " + namespace + ", key slack does not contain an absolute "
        + "http or https URL");
    assertThat(message).doesNotContain("token");
  }

  @Test
  void restartedNotifierSkipsDeliveredTransition() throws Exception {
    RecordingReceiver receiver = receiver();
    cluster.secret(namespace, "slack", receiver.url());
    TestPodRelease release = cluster.release(namespace, slack("slack"));
    notifier.notify(release, Reports.rolledBack(namespace));
    awaitRecorded("slack", "rev-4-RolledBack");
    notifier.close();

    WebhookNotifier restarted = notifier(FAST);
    restarted.notify(release, Reports.rolledBack(namespace));
    restarted.notify(release, Reports.succeeded(namespace));

    // The one worker-queue order means the repeat was handled before the new transition.
    await().atMost(Duration.ofSeconds(5)).until(() -> receiver.requests().size() >= 2);
    assertThat(receiver.requests()).hasSize(2);
    assertThat(receiver.requests().get(1).body()).contains("succeeded: revision 4 passed validation");
    awaitRecorded("slack", "rev-4-RolledBack", "rev-4-Succeeded");
  }

  @Test
  void transitionNotifiedTwiceIsSentOnce() throws Exception {
    RecordingReceiver receiver = receiver();
    cluster.secret(namespace, "slack", receiver.url());
    TestPodRelease release = cluster.release(namespace, slack("slack"));

    notifier.notify(release, Reports.rolledBack(namespace));
    notifier.notify(release, Reports.rolledBack(namespace));
    awaitRecorded("slack", "rev-4-RolledBack");
    notifier.notify(release, Reports.rolledBack(namespace));
    notifier.notify(release, Reports.succeeded(namespace));

    await().atMost(Duration.ofSeconds(5)).until(() -> receiver.requests().size() >= 2);
    assertThat(receiver.requests()).hasSize(2);
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void logOfWholeRunContainsNoWebhookUrl() {
    assertThat(WEBHOOK_URLS).hasSizeGreaterThan(5);
    List<String> lines = LOG.list.stream().map(WebhookDeliveryTest::fullText).toList();
    assertThat(lines).anyMatch(line -> line.contains("Delivered the RolledBack notification"));
    assertThat(lines).anyMatch(line -> line.contains("retrying"));
    for (String url : WEBHOOK_URLS) {
      String path = url.substring(url.indexOf("/hooks/"));
      assertThat(lines).noneMatch(line -> line.contains(path));
      assertThat(cluster.allEvents()).noneMatch(event -> event.getMessage().contains(path));
    }
  }

  private WebhookNotifier notifier(NotifierSettings settings) {
    WebhookNotifier created = new WebhookNotifier(client,
        new KubernetesEventFailureListener(client, Clock.systemUTC()), settings, Clock.systemUTC());
    resources.add(created);
    return created;
  }

  private RecordingReceiver receiver() throws Exception {
    RecordingReceiver receiver = new RecordingReceiver();
    resources.add(receiver);
    WEBHOOK_URLS.add(receiver.url());
    return receiver;
  }

  private void awaitRecorded(String channelId, String... keys) {
    StringBuilder expected = new StringBuilder("{\"" + channelId + "\":[");
    for (int i = 0; i < keys.length; i++) {
      expected.append(i == 0 ? "" : ",").append('"').append(keys[i]).append('"');
    }
    expected.append("]}");
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
        assertThat(cluster.currentRelease(namespace).getMetadata().getAnnotations())
            .containsEntry(DeliveryLedger.ANNOTATION, expected.toString()));
  }

  private Event awaitOneFailureEvent() {
    await().atMost(Duration.ofSeconds(10))
        .until(() -> !cluster.notificationFailedEvents(namespace).isEmpty());
    List<Event> events = cluster.notificationFailedEvents(namespace);
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  private static Logger rootLogger() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }

  /** Returns the formatted message with every message of its exception chain. */
  private static String fullText(ILoggingEvent event) {
    StringBuilder text = new StringBuilder(event.getFormattedMessage());
    for (IThrowableProxy cause = event.getThrowableProxy(); cause != null; cause = cause.getCause()) {
      text.append(" | ").append(cause.getClassName()).append(": ").append(cause.getMessage());
    }
    return text.toString();
  }
}
