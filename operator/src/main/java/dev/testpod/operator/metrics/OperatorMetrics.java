package dev.testpod.operator.metrics;

import dev.testpod.operator.notification.ReleaseNotifier;
import io.javaoperatorsdk.operator.api.monitoring.AggregatedMetrics;
import io.javaoperatorsdk.operator.api.monitoring.Metrics;
import io.javaoperatorsdk.operator.monitoring.micrometer.MicrometerMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;

/**
 * The operator's Prometheus registry: JOSDK's reconcile metrics (without per-resource series, which
 * would grow with the number of releases), the release metrics, and JVM and process metrics.
 */
public final class OperatorMetrics implements AutoCloseable {

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final ReleaseMetrics releases = new ReleaseMetrics(registry);
  private final Metrics josdkMetrics;
  private final JvmGcMetrics gcMetrics = new JvmGcMetrics();

  public OperatorMetrics() {
    josdkMetrics = new AggregatedMetrics(List.of(
        MicrometerMetrics.withoutPerResourceMetrics(registry),
        new ReleasePhaseGauge(registry)));
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    gcMetrics.bindTo(registry);
  }

  /** Returns the metrics that JOSDK reports reconciles and events to. */
  public Metrics josdkMetrics() {
    return josdkMetrics;
  }

  /** Wraps {@code notifier} so that every outcome is counted before it is delivered. */
  public ReleaseNotifier recordingOutcomes(ReleaseNotifier notifier) {
    return new MetricsRecordingNotifier(releases, notifier);
  }

  /** Returns every metric in the Prometheus text exposition format. */
  public String scrape() {
    return registry.scrape();
  }

  @Override
  public void close() {
    gcMetrics.close();
    registry.close();
  }
}
