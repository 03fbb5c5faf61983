package dev.testpod.deploy;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Kubernetes objects that one kustomization folder renders to, parsed into fabric8's model. */
final class RenderedManifests {

  private static final Logger LOG = LoggerFactory.getLogger(RenderedManifests.class);

  /** Rendering takes about a second per folder, and several tests read the same folders. */
  private static final Map<Path, List<HasMetadata>> RENDERED = new ConcurrentHashMap<>();

  private final List<HasMetadata> objects;

  private RenderedManifests(List<HasMetadata> objects) {
    this.objects = List.copyOf(objects);
  }

  /**
   * Renders FOLDER, relative to deploy/, and parses each document. Skips the calling test, through
   * a failed assumption, when no kubectl is installed.
   */
  static RenderedManifests of(String folder) throws IOException {
    if (!Kustomize.isAvailable()) {
      LOG.warn("Skipping: kubectl is not on the PATH, so deploy/{} cannot be rendered", folder);
      Assumptions.abort("kubectl is not on the PATH, so deploy/" + folder + " cannot be rendered");
    }
    Path path = RepositoryLayout.deploy().resolve(folder).normalize();
    List<HasMetadata> objects = RENDERED.get(path);
    if (objects == null) {
      objects = parse(Kustomize.render(path));
      RENDERED.put(path, objects);
    }
    return new RenderedManifests(objects);
  }

  /** Parses a multi-document YAML stream; each document must be a known Kubernetes object. */
  static List<HasMetadata> parse(String yaml) {
    List<HasMetadata> parsed = new ArrayList<>();
    for (String document : yaml.split("(?m)^---\\s*$")) {
      if (document.isBlank()) {
        continue;
      }
      Object object = Serialization.unmarshal(document);
      if (!(object instanceof HasMetadata resource)) {
        throw new IllegalArgumentException("Rendered document is not a Kubernetes object: " + document);
      }
      parsed.add(resource);
    }
    return parsed;
  }

  List<HasMetadata> all() {
    return objects;
  }

  List<String> kinds() {
    return objects.stream().map(HasMetadata::getKind).distinct().sorted().toList();
  }

  <T extends HasMetadata> Optional<T> find(Class<T> type, String name) {
    return objects.stream()
        .filter(type::isInstance)
        .map(type::cast)
        .filter(object -> name.equals(object.getMetadata().getName()))
        .findFirst();
  }

  <T extends HasMetadata> T get(Class<T> type, String name) {
    return find(type, name).orElseThrow(() -> new AssertionError(
        "No " + type.getSimpleName() + " named " + name + " in the rendered manifests; kinds: " + kinds()));
  }
}
