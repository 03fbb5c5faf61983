package dev.testpod.operator.workload;

import dev.testpod.api.TestPodRelease;
import dev.testpod.operator.decide.Workload;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the Deployment and Service match a workload, writing only what changed. With server-side
 * apply off it patches the spec and leaves the status to the Deployment controller.
 */
public final class WorkloadApplier {

  static final String FIELD_MANAGER = "testpod-operator";
  private static final Logger LOG = LoggerFactory.getLogger(WorkloadApplier.class);

  private final KubernetesClient client;
  private final boolean serverSideApply;

  public WorkloadApplier(KubernetesClient client, boolean serverSideApply) {
    this.client = client;
    this.serverSideApply = serverSideApply;
  }

  public void apply(TestPodRelease release, Workload workload, Duration validationTimeout) {
    applyDeployment(DeploymentFactory.desired(release, workload, validationTimeout), workload);
    int port = workload.snapshot().port() == null ? 8080 : workload.snapshot().port();
    applyService(ServiceFactory.desired(release, port));
  }

  private void applyDeployment(Deployment desired, Workload workload) {
    Deployment existing = client.resource(desired).get();
    String wanted = desired.getMetadata().getAnnotations().get(DeploymentFactory.SPEC_HASH_ANNOTATION);
    if (existing != null && Objects.equals(wanted,
        existing.getMetadata().getAnnotations().get(DeploymentFactory.SPEC_HASH_ANNOTATION))) {
      return;
    }
    if (existing == null) {
      create(desired);
    } else if (serverSideApply) {
      serverSideApply(desired);
    } else {
      client.resource(existing).edit(current -> {
        current.getMetadata().setLabels(desired.getMetadata().getLabels());
        current.getMetadata().setAnnotations(desired.getMetadata().getAnnotations());
        current.getMetadata().setOwnerReferences(desired.getMetadata().getOwnerReferences());
        current.setSpec(desired.getSpec());
        return current;
      });
    }
    LOG.info("Applied Deployment {} for revision {} with image {} and {} replica(s)",
        desired.getMetadata().getName(), workload.revision(), workload.snapshot().image(), workload.replicas());
  }

  private void applyService(Service desired) {
    Service existing = client.resource(desired).get();
    if (existing != null && Objects.equals(existing.getSpec().getPorts(), desired.getSpec().getPorts())
        && Objects.equals(existing.getSpec().getSelector(), desired.getSpec().getSelector())) {
      return;
    }
    if (existing == null) {
      create(desired);
    } else if (serverSideApply) {
      serverSideApply(desired);
    } else {
      client.resource(existing).edit(current -> {
        current.getSpec().setPorts(desired.getSpec().getPorts());
        current.getSpec().setSelector(desired.getSpec().getSelector());
        return current;
      });
    }
    LOG.info("Applied Service {} on port {}", desired.getMetadata().getName(),
        desired.getSpec().getPorts().get(0).getPort());
  }

  private void create(HasMetadata desired) {
    if (serverSideApply) {
      serverSideApply(desired);
    } else {
      client.resource(desired).create();
    }
  }

  // NOTE: no test runs this path, because fabric8's mock API server rejects server-side apply.
  private void serverSideApply(HasMetadata desired) {
    client.resource(desired).fieldManager(FIELD_MANAGER).forceConflicts().serverSideApply();
  }
}
