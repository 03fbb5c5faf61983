package dev.testpod.operator.health;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.testpod.operator.metrics.OperatorMetrics;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's own HTTP endpoint: {@code /metrics} in the Prometheus text format, {@code /healthz}
 * for the liveness probe and {@code /readyz} for the readiness probe. Only GET and HEAD are served.
 */
public final class OperatorHttpServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(OperatorHttpServer.class);
  private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;

  private OperatorHttpServer(HttpServer server) {
    this.server = server;
  }

  /** Binds to {@code address} and {@code port} (0 picks a free port) and starts serving. */
  public static OperatorHttpServer start(
      InetAddress address, int port, OperatorMetrics metrics, OperatorHealth health) {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(address, port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot bind the metrics and health endpoint to "
          + address.getHostAddress() + ":" + port + "; set TESTPOD_OPERATOR_HTTP_PORT to a free port", e);
    }
    server.createContext("/metrics", exchange -> serve(exchange, () -> text(metrics.scrape())));
    server.createContext("/healthz", exchange -> serve(exchange, () -> json(health.liveness())));
    server.createContext("/readyz", exchange -> serve(exchange, () -> json(health.readiness())));
    server.start();
    OperatorHttpServer started = new OperatorHttpServer(server);
    LOG.info("Serving /metrics, /healthz and /readyz on {}:{}", address.getHostAddress(), started.port());
    return started;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private record Response(int status, String contentType, String body) {}

  private static Response text(String body) {
    return new Response(200, PROMETHEUS_TEXT, body);
  }

  private static Response json(HealthReport report) {
    try {
      return new Response(report.up() ? 200 : 503, "application/json", JSON.writeValueAsString(report.details()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Health details are not serializable", e);
    }
  }

  private static void serve(HttpExchange exchange, Supplier<Response> handler) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().add("Allow", "GET, HEAD");
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      Response response;
      try {
        response = handler.get();
      } catch (RuntimeException e) {
        LOG.warn("Request {} failed", exchange.getRequestURI().getPath(), e);
        response = new Response(500, "text/plain; charset=utf-8", "internal error\n");
      }
      byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", response.contentType());
      boolean head = method.equals("HEAD");
      exchange.sendResponseHeaders(response.status(), head ? -1 : body.length);
      if (!head) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  /** Stops serving; probes that arrive afterwards get connection refused. */
  @Override
  public void close() {
    server.stop(0);
  }
}
