package dev.testpod.local;

import dev.testpod.api.TestPodRelease;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionVersion;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceSubresourcesBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceValidationBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaPropsBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.CustomResourceDefinitionContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs the TestPodRelease CRD: the generated file from {@code crds/} when one is found, else a
 * definition built from the model classes. The mock server needs it to serve the status subresource.
 */
final class CrdInstaller {

  private static final Logger LOG = LoggerFactory.getLogger(CrdInstaller.class);
  static final String CRD_NAME = TestPodRelease.PLURAL + "." + TestPodRelease.GROUP;

  private CrdInstaller() {}

  static void install(KubernetesClient client, Path repositoryRoot) throws IOException {
    Optional<Path> file = findCrdFile(repositoryRoot);
    CustomResourceDefinition crd;
    if (file.isPresent()) {
      try (InputStream input = Files.newInputStream(file.get())) {
        crd = client.getKubernetesSerialization().unmarshal(input, CustomResourceDefinition.class);
      }
      LOG.info("installing CRD {} from {}", CRD_NAME, file.get());
    } else {
      crd = fromModel();
      LOG.info("installing CRD {} built from the model classes (no file under crds/)", CRD_NAME);
    }
    client.apiextensions().v1().customResourceDefinitions().resource(crd).create();
  }

  private static Optional<Path> findCrdFile(Path repositoryRoot) throws IOException {
    Path directory = repositoryRoot.resolve("crds");
    if (!Files.isDirectory(directory)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(path -> path.getFileName().toString().startsWith(CRD_NAME))
          .filter(path -> path.toString().endsWith(".yml") || path.toString().endsWith(".yaml"))
          .sorted()
          .findFirst();
    }
  }

  /** Builds a CRD with the model's names, an open schema and the status subresource. */
  static CustomResourceDefinition fromModel() {
    CustomResourceDefinition crd = CustomResourceDefinitionContext.v1CRDFromCustomResourceType(TestPodRelease.class).build();
    for (CustomResourceDefinitionVersion version : crd.getSpec().getVersions()) {
      version.setSubresources(new CustomResourceSubresourcesBuilder()
          .withNewStatus().endStatus().build());
      version.setSchema(new CustomResourceValidationBuilder()
          .withOpenAPIV3Schema(new JSONSchemaPropsBuilder().withType("object").withXKubernetesPreserveUnknownFields(true)
              .build())
          .build());
    }
    return crd;
  }
}
