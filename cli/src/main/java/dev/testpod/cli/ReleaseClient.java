package dev.testpod.cli;

import dev.testpod.api.Phase;
import dev.testpod.api.ReleaseLabels;
import dev.testpod.api.TestPodRelease;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.KubernetesResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** TestPodRelease operations of the plugin, usable without the command line (local mode's demo uses them). */
public class ReleaseClient implements AutoCloseable {

  /** Result of {@link #apply}. */
  public enum ApplyResult {
    created,
    configured,
    unchanged
  }

  private final KubernetesClient client;
  private final String namespace;

  public ReleaseClient(KubernetesClient client, String namespace) {
    this.client = client;
    this.namespace = namespace;
  }

  public String namespace() {
    return namespace;
  }

  public KubernetesClient kubernetes() {
    return client;
  }

  /**
   * Creates the release, or replaces the spec, labels and annotations of an existing one. The status
   * stays as the operator wrote it.
   */
  public ApplyResult apply(TestPodRelease release) {
    String name = release.getMetadata().getName();
    Optional<TestPodRelease> existing = find(name);
    if (existing.isEmpty()) {
      release.getMetadata().setNamespace(namespace);
      releases().resource(release).create();
      return ApplyResult.created;
    }
    if (sameDesiredState(existing.get(), release)) {
      return ApplyResult.unchanged;
    }
    edit(name, current -> {
      current.setSpec(release.getSpec());
      current.getMetadata().setLabels(merged(current.getMetadata().getLabels(), release.getMetadata().getLabels()));
      current.getMetadata().setAnnotations(
          merged(current.getMetadata().getAnnotations(), release.getMetadata().getAnnotations()));
      return current;
    });
    return ApplyResult.configured;
  }

  public Optional<TestPodRelease> find(String name) {
    return Optional.ofNullable(releases().withName(name).get());
  }

  /** Returns the release or throws {@link ReleaseNotFoundException}. */
  public TestPodRelease get(String name) {
    return find(name).orElseThrow(() -> new ReleaseNotFoundException(namespace, name));
  }

  public List<TestPodRelease> list() {
    return releases().list().getItems().stream()
        .sorted(Comparator.comparing(release -> release.getMetadata().getName()))
        .toList();
  }

  /** Requests a manual rollback to a revision number or to {@code previous}. */
  public TestPodRelease requestRollback(String name, String target) {
    return annotate(name, ReleaseLabels.ROLLBACK_TO, target);
  }

  /** Requests a new attempt of the current spec by giving the retry annotation a value it never had. */
  public TestPodRelease requestRetry(String name) {
    return annotate(name, ReleaseLabels.RETRY, UUID.randomUUID().toString());
  }

  public TestPodRelease setPaused(String name, boolean paused) {
    return edit(name, release -> {
      release.getSpec().setPaused(paused);
      return release;
    });
  }

  /** Returns the Events whose involved object is the release, oldest first. */
  public List<Event> events(String name) {
    return client.v1().events().inNamespace(namespace).list().getItems().stream()
        .filter(event -> event.getInvolvedObject() != null)
        .filter(event -> TestPodRelease.KIND.equals(event.getInvolvedObject().getKind()))
        .filter(event -> name.equals(event.getInvolvedObject().getName()))
        .sorted(Comparator.comparing(EventTimes::lastSeen, Comparator.nullsFirst(Comparator.naturalOrder())))
        .toList();
  }

  /** Waits for a phase of the release; see {@link PhaseWait}. */
  public PhaseWait.Outcome awaitPhase(String name, Phase phase, Duration timeout) {
    return new PhaseWait(this).await(name, phase, timeout);
  }

  public Resource<TestPodRelease> resource(String name) {
    return releases().withName(name);
  }

  private TestPodRelease annotate(String name, String key, String value) {
    return edit(name, release -> {
      var annotations = new HashMap<String, String>();
      if (release.getMetadata().getAnnotations() != null) {
        annotations.putAll(release.getMetadata().getAnnotations());
      }
      annotations.put(key, value);
      release.getMetadata().setAnnotations(annotations);
      return release;
    });
  }

  private TestPodRelease edit(String name, UnaryOperator<TestPodRelease> change) {
    get(name);
    return releases().withName(name).edit(change);
  }

  private NonNamespaceOperation<TestPodRelease, KubernetesResourceList<TestPodRelease>, Resource<TestPodRelease>> releases() {
    return client.resources(TestPodRelease.class).inNamespace(namespace);
  }

  private static boolean sameDesiredState(TestPodRelease current, TestPodRelease wanted) {
    var serialization = new KubernetesSerialization();
    boolean sameSpec = serialization.asJson(current.getSpec()).equals(serialization.asJson(wanted.getSpec()));
    return sameSpec
        && containsAll(current.getMetadata().getLabels(), wanted.getMetadata().getLabels())
        && containsAll(current.getMetadata().getAnnotations(), wanted.getMetadata().getAnnotations());
  }

  private static boolean containsAll(Map<String, String> current, Map<String, String> wanted) {
    if (wanted == null) {
      return true;
    }
    return wanted.entrySet().stream()
        .allMatch(entry -> current != null && Objects.equals(current.get(entry.getKey()), entry.getValue()));
  }

  private static Map<String, String> merged(Map<String, String> current, Map<String, String> wanted) {
    var result = new HashMap<String, String>();
    if (current != null) {
      result.putAll(current);
    }
    if (wanted != null) {
      result.putAll(wanted);
    }
    return result;
  }

  @Override
  public void close() {
    client.close();
  }
}
