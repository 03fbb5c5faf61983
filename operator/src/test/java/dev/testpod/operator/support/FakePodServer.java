package dev.testpod.operator.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server standing in for one pod's app, bound on the pod's own loopback IP at an
 * ephemeral port. It serves the health and version endpoints of the test-pod app.
 */
public final class FakePodServer implements AutoCloseable {

  /** Readiness body of a pod whose critical checks {@code postgres} and {@code cassandra} are DOWN. */
  public static final String DOWN_BODY = "{\"status\":\"DOWN\",\"checks\":["
      + "{\"name\":\"postgres\",\"status\":\"DOWN\",\"data\":{\"error\":\"connection refused\"}},"
      + "{\"name\":\"s3\",\"status\":\"UP\"},"
      + "{\"name\":\"cassandra\",\"status\":\"DOWN\"}]}";
  private static final String UP_BODY = "{\"status\":\"UP\",\"checks\":[{\"name\":\"postgres\",\"status\":\"UP\"}]}";

  private final HttpServer server;
  private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
  private volatile int readyStatus;
  private final String version;

  public FakePodServer(String ip, int readyStatus, String version) {
    this.readyStatus = readyStatus;
    this.version = version;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(ip), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot bind a pod server on " + ip, e);
    }
    server.createContext("/", this::handle);
    server.start();
  }

  public URI baseUri() {
    InetSocketAddress address = server.getAddress();
    return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort());
  }

  public void setReadyStatus(int status) {
    this.readyStatus = status;
  }

  public boolean ready() {
    return readyStatus == 200;
  }

  public int requestCount(String path) {
    AtomicInteger count = requests.get(path);
    return count == null ? 0 : count.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    requests.computeIfAbsent(path, key -> new AtomicInteger()).incrementAndGet();
    switch (path) {
      case "/q/health/ready" -> respond(exchange, readyStatus, ready() ? UP_BODY : DOWN_BODY);
      case "/q/health/live", "/q/health/started" -> respond(exchange, 200, "{\"status\":\"UP\"}");
      case "/version" -> respond(exchange, 200, "{\"version\":\"" + version + "\",\"commit\":\"abc\"}");
      default -> respond(exchange, 404, "{}");
    }
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
