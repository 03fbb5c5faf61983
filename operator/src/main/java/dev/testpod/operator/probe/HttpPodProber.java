package dev.testpod.operator.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.testpod.api.HealthCheckSpec;
import io.fabric8.kubernetes.api.model.Pod;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Probes pods over plain HTTP, all pods of a round in parallel. */
public final class HttpPodProber implements PodProber {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http;
  private final Duration requestTimeout;
  private final PodEndpointResolver endpoints;
  private final Clock clock;

  public HttpPodProber(Duration requestTimeout, PodEndpointResolver endpoints, Clock clock) {
    // HTTP/1.1 because an HTTP/2 client would ask every pod for an h2c upgrade on plain HTTP.
    this.http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(requestTimeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    this.requestTimeout = requestTimeout;
    this.endpoints = endpoints;
    this.clock = clock;
  }

  @Override
  public ProbeRound probe(List<Pod> pods, int port, HealthCheckSpec healthCheck, Optional<String> expectedVersion) {
    List<CompletableFuture<PodProbeResult>> probes = pods.stream()
        .map(pod -> probePod(pod, port, healthCheck, expectedVersion))
        .toList();
    List<PodProbeResult> results = probes.stream().map(CompletableFuture::join).toList();
    return new ProbeRound(clock.instant(), results);
  }

  private CompletableFuture<PodProbeResult> probePod(
      Pod pod, int port, HealthCheckSpec healthCheck, Optional<String> expectedVersion) {
    String name = pod.getMetadata().getName();
    URI base = endpoints.baseUri(pod, port);
    CompletableFuture<PodProbeResult> health = get(base.resolve(healthCheck.getPath()))
        .thenApply(response -> healthResult(name, healthCheck.getPath(), response));
    String versionPath = healthCheck.getVersionPath();
    if (versionPath != null && expectedVersion.isPresent()) {
      health = health.thenCompose(result -> result.passed()
          ? checkVersion(name, base.resolve(versionPath), versionPath, expectedVersion.get())
          : CompletableFuture.completedFuture(result));
    }
    return health.exceptionally(error -> new PodProbeResult(name, false, describe(error)));
  }

  private static PodProbeResult healthResult(String pod, String path, HttpResponse<String> response) {
    int status = response.statusCode();
    if (status == 200) {
      return new PodProbeResult(pod, true, "HTTP 200", status, List.of());
    }
    List<String> down = HealthResponseBody.downChecks(response.body());
    String checks = down.isEmpty() ? "" : " (checks DOWN: " + String.join(", ", down) + ")";
    return new PodProbeResult(pod, false, path + " returned HTTP " + status + checks, status, down);
  }

  private CompletableFuture<PodProbeResult> checkVersion(String pod, URI uri, String path, String expected) {
    return get(uri).thenApply(response -> {
      if (response.statusCode() != 200) {
        return new PodProbeResult(pod, false, path + " returned HTTP " + response.statusCode(),
            response.statusCode(), List.of());
      }
      String reported = versionIn(response.body());
      if (!expected.equals(reported)) {
        return new PodProbeResult(pod, false, path + " reported version " + reported + ", expected " + expected);
      }
      return new PodProbeResult(pod, true, "HTTP 200, version " + reported);
    });
  }

  private CompletableFuture<HttpResponse<String>> get(URI uri) {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(requestTimeout).GET().build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String versionIn(String body) {
    try {
      JsonNode version = JSON.readTree(body).path("version");
      return version.isTextual() ? version.asText() : null;
    } catch (IOException e) {
      return null;
    }
  }

  private String describe(Throwable error) {
    Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    if (cause instanceof HttpTimeoutException) {
      return "no response within " + requestTimeout.toMillis() + " ms";
    }
    return "request failed: " + cause.getClass().getSimpleName()
        + (cause.getMessage() == null ? "" : " " + cause.getMessage());
  }
}
