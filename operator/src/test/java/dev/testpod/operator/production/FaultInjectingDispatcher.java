package dev.testpod.operator.production;

import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Stands in front of fabric8's CRUD dispatcher. It fails chosen requests with an error status or a
 * late response and counts them. It returns a SelfSubjectRulesReview that grants every verb on
 * Leases, because the CRUD mock only stores the review.
 */
final class FaultInjectingDispatcher extends Dispatcher {

  private static final String RULES_REVIEW_PATH = "/apis/authorization.k8s.io/v1/selfsubjectrulesreviews";

  private final KubernetesCrudDispatcher crud;
  private final List<Fault> faults = new CopyOnWriteArrayList<>();
  private final Map<String, AtomicInteger> answered = new ConcurrentHashMap<>();

  FaultInjectingDispatcher(KubernetesCrudDispatcher crud) {
    this.crud = crud;
  }

  /** A request matcher with the number of matching requests still to fail. */
  private record Fault(
      String method, Predicate<String> path, int status, Duration delay, boolean applied, AtomicInteger remaining) {}

  /** Fails the next {@code times} requests of {@code method} whose path matches with {@code status}. */
  void failNext(String method, Predicate<String> path, int status, int times) {
    faults.add(new Fault(method, path, status, Duration.ZERO, false, new AtomicInteger(times)));
  }

  /** Drops the next {@code times} matching requests, sending a 504 only after {@code delay}. */
  void dropNext(String method, Predicate<String> path, Duration delay, int times) {
    faults.add(new Fault(method, path, 504, delay, false, new AtomicInteger(times)));
  }

  /**
   * Acts on the next {@code times} matching requests but sends the answer only after {@code delay},
   * as when a response is lost after the API server stored the change.
   */
  void applyAndDelayNext(String method, Predicate<String> path, Duration delay, int times) {
    faults.add(new Fault(method, path, 0, delay, true, new AtomicInteger(times)));
  }

  /** Returns how many requests of {@code method} got an injected response. */
  int injected(String method) {
    AtomicInteger count = answered.get(method);
    return count == null ? 0 : count.get();
  }

  boolean faultsExhausted() {
    return faults.stream().allMatch(fault -> fault.remaining().get() <= 0);
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    String path = request.getPath();
    if (request.getMethod().equals("POST") && path.startsWith(RULES_REVIEW_PATH)) {
      return new MockResponse().setResponseCode(201).setBody(LEASE_RULES_REVIEW);
    }
    for (Fault fault : faults) {
      if (fault.method().equals(request.getMethod()) && fault.path().test(path)
          && fault.remaining().getAndDecrement() > 0) {
        answered.computeIfAbsent(request.getMethod(), key -> new AtomicInteger()).incrementAndGet();
        MockResponse response = fault.applied()
            ? crud.dispatch(request)
            : new MockResponse().setResponseCode(fault.status()).setBody(statusBody(fault.status()));
        return fault.delay().isZero() ? response : response.setBodyDelay(fault.delay());
      }
    }
    return crud.dispatch(request);
  }

  private static String statusBody(int code) {
    return "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"code\":" + code
        + ",\"reason\":\"InjectedFault\",\"message\":\"fault injected by the test\"}";
  }

  private static final String LEASE_RULES_REVIEW = """
      {"apiVersion":"authorization.k8s.io/v1","kind":"SelfSubjectRulesReview",
       "spec":{},
       "status":{"incomplete":false,"nonResourceRules":[],
         "resourceRules":[{"apiGroups":["coordination.k8s.io"],"resources":["leases"],"verbs":["*"]}]}}
      """;

  @Override
  public void shutdown() {
    crud.shutdown();
  }
}
