package dev.testpod.operator.health;

import dev.testpod.operator.leader.LeadershipTracker;
import io.javaoperatorsdk.operator.RuntimeInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Liveness and readiness of the operator process. Live until shutdown begins; ready once the
 * operator started, its informers are synced and healthy, and until shutdown begins. A follower
 * replica is ready too: its caches are warm and it takes over as soon as it wins the Lease.
 */
public final class OperatorHealth {

  private final LeadershipTracker leadership;
  private final AtomicReference<RuntimeInfo> runtime = new AtomicReference<>();
  private final AtomicBoolean stopping = new AtomicBoolean();

  public OperatorHealth(LeadershipTracker leadership) {
    this.leadership = leadership;
  }

  /** Marks the operator as started; readiness now follows JOSDK's informer health. */
  public void started(RuntimeInfo info) {
    runtime.set(info);
  }

  /** Marks the start of shutdown: both checks report DOWN from now on. */
  public void stopping() {
    stopping.set(true);
  }

  public HealthReport liveness() {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("status", stopping.get() ? "DOWN" : "UP");
    return new HealthReport(!stopping.get(), details);
  }

  public HealthReport readiness() {
    RuntimeInfo info = runtime.get();
    boolean started = info != null && info.isStarted();
    boolean informersHealthy = started && info.allEventSourcesAreHealthy();
    boolean ready = started && informersHealthy && !stopping.get();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("status", ready ? "UP" : "DOWN");
    details.put("started", started);
    details.put("informersSynced", informersHealthy);
    details.put("stopping", stopping.get());
    details.put("role", leadership.role().name());
    details.put("identity", leadership.identity());
    leadership.leader().ifPresent(leader -> details.put("leader", leader));
    if (started && !informersHealthy) {
      details.put("unhealthyEventSources", info.unhealthyEventSources().keySet());
    }
    return new HealthReport(ready, details);
  }
}
