package dev.testpod.operator.production;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testpod.operator.health.OperatorHealth;
import dev.testpod.operator.health.OperatorHttpServer;
import dev.testpod.operator.leader.LeaderElectionSettings;
import dev.testpod.operator.leader.LeadershipTracker;
import dev.testpod.operator.metrics.OperatorMetrics;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OperatorHealthTest extends ProductionTestBase {

  @Test
  void runningOperatorIsLiveAndReady() throws Exception {
    OperatorProcess operator = startOperator(newClient(config -> { }), runtimeSettings(LeaderElectionSettings.disabled()));

    HttpResponse<String> live = httpGet(operator, "/healthz");
    HttpResponse<String> ready = httpGet(operator, "/readyz");

    assertThat(live.statusCode()).isEqualTo(200);
    assertThat(live.body()).isEqualTo("{\"status\":\"UP\"}");
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body())
        .contains("\"status\":\"UP\"")
        .contains("\"informersSynced\":true")
        .contains("\"role\":\"STANDALONE\"");
  }

  @Test
  void endpointIsDownBeforeStartAndDuringShutdown() throws Exception {
    OperatorHealth health = new OperatorHealth(LeadershipTracker.standalone("replica-a"));
    try (OperatorMetrics metrics = new OperatorMetrics();
        OperatorHttpServer server = OperatorHttpServer.start(InetAddress.getByName("127.0.0.1"), 0, metrics, health)) {
      assertThat(get(server, "/healthz").statusCode()).isEqualTo(200);
      HttpResponse<String> notStarted = get(server, "/readyz");
      assertThat(notStarted.statusCode()).isEqualTo(503);
      assertThat(notStarted.body()).contains("\"started\":false");

      health.stopping();

      HttpResponse<String> live = get(server, "/healthz");
      assertThat(live.statusCode()).isEqualTo(503);
      assertThat(live.body()).isEqualTo("{\"status\":\"DOWN\"}");
      HttpResponse<String> ready = get(server, "/readyz");
      assertThat(ready.statusCode()).isEqualTo(503);
      assertThat(ready.body()).contains("\"stopping\":true");
    }
  }

  @Test
  void endpointRejectsWritesAndUnknownPaths() throws Exception {
    OperatorHealth health = new OperatorHealth(LeadershipTracker.standalone("replica-a"));
    try (OperatorMetrics metrics = new OperatorMetrics();
        OperatorHttpServer server = OperatorHttpServer.start(InetAddress.getByName("127.0.0.1"), 0, metrics, health)) {
      HttpResponse<String> post = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(uri(server, "/metrics")).POST(HttpRequest.BodyPublishers.noBody()).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(post.statusCode()).isEqualTo(405);
      assertThat(get(server, "/unknown").statusCode()).isEqualTo(404);
    }
  }

  private static HttpResponse<String> get(OperatorHttpServer server, String path) throws Exception {
    return HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(uri(server, path)).timeout(Duration.ofSeconds(5)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static URI uri(OperatorHttpServer server, String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }
}
