package dev.testpod.operator.observe;

import dev.testpod.api.ReleaseLabels;
import dev.testpod.api.TestPodRelease;
import dev.testpod.api.TestPodReleaseStatus;
import dev.testpod.operator.probe.PodProber;
import dev.testpod.operator.probe.ProbeRound;
import dev.testpod.operator.revision.RevisionStore;
import dev.testpod.operator.revision.Snapshot;
import dev.testpod.operator.spec.GoDuration;
import dev.testpod.operator.spec.ImageTag;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the Deployment, pods and ControllerRevisions of a release and, when a round is due, probes
 * the new pods. The probe belongs to observation so that the decision stays a pure function.
 * ReplicaSets are not read: the Deployment status and the pods' revision labels contain everything the
 * rollout rules need.
 */
public final class ClusterObserver {

  private static final Logger LOG = LoggerFactory.getLogger(ClusterObserver.class);

  private final KubernetesClient client;
  private final RevisionStore revisions;
  private final PodProber prober;

  public ClusterObserver(KubernetesClient client, RevisionStore revisions, PodProber prober) {
    this.client = client;
    this.revisions = revisions;
    this.prober = prober;
  }

  public ObservedState observe(TestPodRelease release, Instant now) {
    Map<Long, Snapshot> snapshots = revisions.list(release);
    TestPodReleaseStatus status = release.getStatus();
    if (status == null || status.getRevision() == null) {
      return new ObservedState(snapshots, null, null);
    }
    String namespace = release.getMetadata().getNamespace();
    String name = release.getMetadata().getName();
    Deployment deployment = client.apps().deployments().inNamespace(namespace).withName(name).get();
    List<Pod> pods = client.pods().inNamespace(namespace).withLabel(ReleaseLabels.RELEASE, name).list().getItems();
    int replicas = release.getSpec().getReplicas() == null ? 1 : release.getSpec().getReplicas();
    RolloutProgress rollout = RolloutAssessor.assess(deployment, pods, status.getRevision(), replicas);
    LOG.debug("Rollout of revision {}: {}", status.getRevision(), rollout.description());
    return new ObservedState(snapshots, rollout, probeIfDue(release, snapshots, rollout, now));
  }

  private ProbeRound probeIfDue(
      TestPodRelease release, Map<Long, Snapshot> snapshots, RolloutProgress rollout, Instant now) {
    TestPodReleaseStatus status = release.getStatus();
    var healthCheck = release.getSpec().getHealthCheck();
    // The running but unready pods of an incomplete rollout are probed too, because their response shows why.
    List<Pod> targets = rollout.complete() ? rollout.newPods() : rollout.unreadyPods();
    boolean hasTargets = rollout.complete() || !targets.isEmpty();
    if (!ProbeSchedule.validationRunning(status) || !hasTargets || healthCheck == null
        || Boolean.TRUE.equals(release.getSpec().getPaused())) {
      return null;
    }
    Duration interval = GoDuration.parse(healthCheck.getInterval()).orElse(Duration.ofSeconds(10));
    if (!ProbeSchedule.isDue(status.getValidation(), interval, now)) {
      return null;
    }
    Snapshot running = snapshots.get(status.getRevision());
    int port = running != null && running.port() != null ? running.port() : release.getSpec().getPort();
    String image = running != null ? running.image() : status.getImage();
    ProbeRound round = prober.probe(targets, port, healthCheck, ImageTag.of(image));
    LOG.debug("Probe round on revision {}: {}", status.getRevision(), round.results());
    return round;
  }
}
