package dev.testpod.local;

import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Runs one readiness or liveness probe of a container with the probe's own timing and thresholds:
 * initial delay, period, timeout, success and failure thresholds, as the kubelet does.
 *
 * <p>NOTE: exec probes cannot run here and always pass.
 */
final class ProbeTracker {

  private final Probe probe;
  private final String host;
  private final List<ContainerPort> ports;
  private final HttpClient http;
  private final boolean initiallyPassing;

  private Instant nextProbeAt;
  private CompletableFuture<Boolean> inFlight;
  private int successes;
  private int failures;
  private boolean passing;

  ProbeTracker(Probe probe, String host, List<ContainerPort> ports, HttpClient http, boolean initiallyPassing) {
    this.probe = probe;
    this.host = host;
    this.ports = ports;
    this.http = http;
    this.initiallyPassing = initiallyPassing;
    this.passing = initiallyPassing;
  }

  /** Starts probing a container that started at {@code startedAt}. */
  void restart(Instant startedAt) {
    nextProbeAt = startedAt.plusSeconds(orDefault(probe.getInitialDelaySeconds(), 0));
    if (inFlight != null) {
      inFlight.cancel(true);
    }
    inFlight = null;
    successes = 0;
    failures = 0;
    passing = initiallyPassing;
  }

  /** Collects a finished probe and starts the next one when its period has passed. */
  void tick(Instant now) {
    if (inFlight != null && inFlight.isDone()) {
      record(inFlight.getNow(false));
      inFlight = null;
    }
    if (inFlight == null && nextProbeAt != null && !now.isBefore(nextProbeAt)) {
      inFlight = runOnce();
      nextProbeAt = now.plusSeconds(orDefault(probe.getPeriodSeconds(), 10));
    }
  }

  boolean passing() {
    return passing;
  }

  private void record(boolean success) {
    if (success) {
      successes++;
      failures = 0;
      if (successes >= orDefault(probe.getSuccessThreshold(), 1)) {
        passing = true;
      }
    } else {
      failures++;
      successes = 0;
      if (failures >= orDefault(probe.getFailureThreshold(), 3)) {
        passing = false;
      }
    }
  }

  private CompletableFuture<Boolean> runOnce() {
    Duration timeout = Duration.ofSeconds(orDefault(probe.getTimeoutSeconds(), 1));
    if (probe.getHttpGet() != null) {
      String path = probe.getHttpGet().getPath() == null ? "/" : probe.getHttpGet().getPath();
      URI uri = URI.create("http://" + host + ":" + port(probe.getHttpGet().getPort()) + path);
      HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
      return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
          .thenApply(response -> response.statusCode() >= 200 && response.statusCode() < 400)
          .exceptionally(failure -> false);
    }
    if (probe.getTcpSocket() != null) {
      int port = port(probe.getTcpSocket().getPort());
      return CompletableFuture.supplyAsync(() -> connects(port, timeout));
    }
    return CompletableFuture.completedFuture(true);
  }

  private boolean connects(int port, Duration timeout) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private int port(IntOrString port) {
    if (port.getIntVal() != null) {
      return port.getIntVal();
    }
    return ports.stream()
        .filter(candidate -> port.getStrVal().equals(candidate.getName()))
        .map(ContainerPort::getContainerPort)
        .findFirst()
        .orElse(-1);
  }

  private static int orDefault(Integer value, int fallback) {
    return value == null || value <= 0 ? fallback : value;
  }
}
