package dev.testpod.cli;

import dev.testpod.api.TestPodRelease;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/** Reads one TestPodRelease manifest (YAML or JSON) and rejects anything else with a message naming the field. */
final class ManifestReader {

  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  private ManifestReader() {}

  static TestPodRelease read(String text, String source) {
    GenericKubernetesResource generic;
    try {
      generic = SERIALIZATION.unmarshal(text, GenericKubernetesResource.class);
    } catch (RuntimeException e) {
      throw CliException.usage(source + " is not a valid YAML or JSON manifest: " + firstLine(e.getMessage()));
    }
    if (generic == null) {
      throw CliException.usage(source + " is empty");
    }
    if (!TestPodRelease.KIND.equals(generic.getKind())) {
      throw CliException.usage(source + ": kind is '" + generic.getKind() + "', expected " + TestPodRelease.KIND);
    }
    if (!TestPodRelease.API_VERSION.equals(generic.getApiVersion())) {
      throw CliException.usage(source + ": apiVersion is '" + generic.getApiVersion() + "', expected " + TestPodRelease.API_VERSION);
    }
    if (generic.getMetadata() == null || generic.getMetadata().getName() == null || generic.getMetadata().getName().isBlank()) {
      throw CliException.usage(source + ": metadata.name is missing");
    }
    TestPodRelease release;
    try {
      release = SERIALIZATION.unmarshal(text, TestPodRelease.class);
    } catch (RuntimeException e) {
      throw CliException.usage(source + " does not match the TestPodRelease model: " + firstLine(e.getMessage()));
    }
    if (release.getSpec() == null || release.getSpec().getImage() == null) {
      throw CliException.usage(source + ": spec.image is missing");
    }
    return release;
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "no details";
    }
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }
}
