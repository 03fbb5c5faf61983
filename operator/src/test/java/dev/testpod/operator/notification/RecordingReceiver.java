package dev.testpod.operator.notification;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP receiver on 127.0.0.1 that records every request and responds with scripted
 * statuses, 200 once the script is used up. Its path carries a random token, as webhook URLs do.
 */
public final class RecordingReceiver implements AutoCloseable {

  /** One request as received. */
  public record Request(Instant at, String method, String contentType, String body) {}

  private record Reply(int status, Map<String, String> headers) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final String path = "/hooks/" + UUID.randomUUID();
  private final Queue<Reply> script = new ConcurrentLinkedQueue<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  public RecordingReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(path, this::handle);
    server.setExecutor(executor);
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** Makes the next response have {@code status} and the given header pairs. */
  public RecordingReceiver thenReply(int status, String... headerPairs) {
    Map<String, String> headers = new java.util.LinkedHashMap<>();
    for (int i = 0; i + 1 < headerPairs.length; i += 2) {
      headers.put(headerPairs[i], headerPairs[i + 1]);
    }
    script.add(new Reply(status, headers));
    return this;
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange; InputStream in = exchange.getRequestBody()) {
      String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      requests.add(new Request(Instant.now(), exchange.getRequestMethod(),
          exchange.getRequestHeaders().getFirst("Content-Type"), body));
      Reply reply = script.poll();
      int status = reply == null ? 200 : reply.status();
      if (reply != null) {
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
      }
      exchange.sendResponseHeaders(status, -1);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
