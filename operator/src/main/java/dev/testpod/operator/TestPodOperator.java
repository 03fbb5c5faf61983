package dev.testpod.operator;

import dev.testpod.operator.event.KubernetesEventRecorder;
import dev.testpod.operator.observe.ClusterObserver;
import dev.testpod.operator.probe.HttpPodProber;
import dev.testpod.operator.reconcile.AnnotationRemover;
import dev.testpod.operator.reconcile.ReconcilerParts;
import dev.testpod.operator.reconcile.TestPodReleaseReconciler;
import dev.testpod.operator.revision.RevisionStore;
import dev.testpod.operator.spec.ClusterReferenceLookup;
import dev.testpod.operator.spec.SpecValidator;
import dev.testpod.operator.status.StatusWriter;
import dev.testpod.operator.workload.WorkloadApplier;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.RuntimeInfo;
import io.javaoperatorsdk.operator.api.config.ConfigurationServiceOverrider;
import io.javaoperatorsdk.operator.processing.retry.GenericRetry;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The TestPodRelease operator, embeddable in any JVM: tests, local mode and the container entry point. */
public final class TestPodOperator implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(TestPodOperator.class);

  private final Operator operator;

  private TestPodOperator(Operator operator) {
    this.operator = operator;
  }

  /**
   * Registers the reconciler and starts it. Returns once the informers are synced and reconciles
   * run; the caller keeps ownership of {@code client}, which {@link #stop()} leaves open.
   */
  public static TestPodOperator start(KubernetesClient client, OperatorSettings settings) {
    return start(client, settings, overrider -> { });
  }

  /**
   * Starts the operator like {@link #start(KubernetesClient, OperatorSettings)}, letting
   * {@code extensions} add production concerns such as metrics and leader election to JOSDK's
   * configuration. With leader election on, this returns once the informers are synced, and
   * reconciles run only while this replica holds the Lease.
   */
  public static TestPodOperator start(
      KubernetesClient client, OperatorSettings settings, Consumer<ConfigurationServiceOverrider> extensions) {
    Operator operator = new Operator(overrider -> extensions.accept(overrider
        .withKubernetesClient(client)
        .withCloseClientOnStop(false)
        .checkingCRDAndValidateLocalModel(false)
        .withUseSSAToPatchPrimaryResource(settings.serverSideApply())
        .withSSABasedCreateUpdateMatchForDependentResources(settings.serverSideApply())));
    operator.register(new TestPodReleaseReconciler(parts(client, settings)), config -> {
      config.withName("testpodrelease");
      config.withGenerationAware(false);
      config.withRetry(GenericRetry.defaultLimitedExponentialRetry().withoutMaxAttempts());
      if (settings.namespaces().isEmpty()) {
        config.watchingAllNamespaces();
      } else {
        config.settingNamespaces(settings.namespaces());
      }
    });
    operator.start();
    LOG.info("TestPodRelease operator started, watching {}, server-side apply {}",
        settings.namespaces().isEmpty() ? "all namespaces" : settings.namespaces(),
        settings.serverSideApply() ? "on" : "off");
    return new TestPodOperator(operator);
  }

  private static ReconcilerParts parts(KubernetesClient client, OperatorSettings settings) {
    RevisionStore revisions = new RevisionStore(client);
    HttpPodProber prober = new HttpPodProber(settings.probeTimeout(), settings.endpointResolver(), settings.clock());
    return new ReconcilerParts(
        client,
        new ClusterObserver(client, revisions, prober),
        new SpecValidator(new ClusterReferenceLookup(client)),
        new WorkloadApplier(client, settings.serverSideApply()),
        revisions,
        new StatusWriter(client),
        new KubernetesEventRecorder(client, settings.clock()),
        new AnnotationRemover(client),
        settings.notifier(),
        settings.clock(),
        settings.requeueInterval());
  }

  /** JOSDK's view of the running operator, for health checks. */
  public RuntimeInfo runtimeInfo() {
    return operator.getRuntimeInfo();
  }

  /** Stops the reconciler and its informers. */
  public void stop() {
    operator.stop();
    LOG.info("TestPodRelease operator stopped");
  }

  @Override
  public void close() {
    stop();
  }
}
