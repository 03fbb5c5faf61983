package dev.testpod.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** HTTP requests from a test to a pod process at its pod IP. */
final class PodProbe {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private PodProbe() {}

  /** Returns the HTTP status of GET {@code path}, or -1 when the request fails or times out. */
  static int status(String podIp, int port, String path) {
    try {
      return get(podIp, port, path).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  static HttpResponse<String> get(String podIp, int port, String path) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + podIp + ":" + port + path))
        .timeout(Duration.ofSeconds(3)).GET().build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
