package dev.testpod.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One HTTP server on 127.0.0.1 that returns 200 and a SmallRye-style UP body to every probe of every
 * simulated pod. It replaces the pods' processes: no test-pod app is started.
 */
final class HealthyPodEndpoint implements AutoCloseable {

  private static final byte[] UP = "{\"status\":\"UP\",\"checks\":[]}".getBytes(StandardCharsets.UTF_8);

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(2);

  HealthyPodEndpoint() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot bind the probe endpoint on 127.0.0.1", e);
    }
    server.createContext("/", HealthyPodEndpoint::answerUp);
    server.setExecutor(executor);
    server.start();
  }

  URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private static void answerUp(HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, UP.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(UP);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
