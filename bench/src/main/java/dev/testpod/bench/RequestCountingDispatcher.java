package dev.testpod.bench;

import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the requests that carry the operator's client header, by method and resource, before
 * fabric8's CRUD dispatcher serves them. Requests of the simulated cluster and of the benchmark
 * driver carry no such header and are not counted.
 */
final class RequestCountingDispatcher extends Dispatcher {

  static final String CLIENT_HEADER = "X-Testpod-Bench-Client";
  static final String OPERATOR = "operator";

  /** The resource segment of an API path: the plural after the namespace or the group version. */
  private static final Pattern RESOURCE = Pattern.compile(
      "^/(?:api/v1|apis/[^/]+/[^/]+)(?:/namespaces/[^/]+)?/([a-z]+)(?:/[^/?]+)?(/status)?");

  private final KubernetesCrudDispatcher crud;
  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

  RequestCountingDispatcher(KubernetesCrudDispatcher crud) {
    this.crud = crud;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    if (OPERATOR.equals(request.getHeader(CLIENT_HEADER))) {
      counts.computeIfAbsent(key(request), key -> new LongAdder()).increment();
    }
    return crud.dispatch(request);
  }

  /** Counted requests by "METHOD resource", such as {@code GET pods} or {@code PUT testpodreleases/status}. */
  Map<String, Long> counts() {
    Map<String, Long> snapshot = new TreeMap<>();
    counts.forEach((key, adder) -> snapshot.put(key, adder.sum()));
    return snapshot;
  }

  long total() {
    return counts.values().stream().mapToLong(LongAdder::sum).sum();
  }

  private static String key(RecordedRequest request) {
    String path = request.getPath();
    Matcher matcher = RESOURCE.matcher(path);
    String resource = path;
    if (matcher.find()) {
      String subresource = matcher.group(2) == null ? "" : matcher.group(2);
      resource = matcher.group(1) + subresource;
    }
    boolean watch = path.contains("watch=true");
    return request.getMethod() + " " + resource + (watch ? " (watch)" : "");
  }

  @Override
  public void shutdown() {
    crud.shutdown();
  }
}
