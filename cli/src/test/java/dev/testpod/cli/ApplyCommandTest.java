package dev.testpod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testpod.api.Phase;
import dev.testpod.api.TestPodRelease;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@EnableKubernetesMockClient(crud = true, https = false)
class ApplyCommandTest {

  static KubernetesClient client;

  @TempDir
  Path directory;

  private MockCluster cluster;
  private PluginRun plugin;

  @BeforeEach
  void connect() throws Exception {
    cluster = new MockCluster(client, directory);
    plugin = new PluginRun(cluster.kubeconfig(), Clock.systemUTC());
  }

  @Test
  void createsReleaseFromManifest() throws Exception {
    Path manifest = cluster.writeManifest(directory, "release.yaml", manifest("created", "1.0.0"));

    PluginRun.Result result = plugin.run("apply", "-f", manifest.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).isEqualToIgnoringNewLines("testpodrelease.testpod.dev/created created");
    TestPodRelease stored = cluster.release("created");
    assertThat(stored.getSpec().getImage()).isEqualTo("ghcr.io/acme/test-pod-app:1.0.0");
    assertThat(stored.getSpec().getReplicas()).isEqualTo(2);
  }

  @Test
  void updatesSpecAndKeepsStatus() throws Exception {
    cluster.createRelease("updated", "ghcr.io/acme/test-pod-app:1.0.0");
    cluster.settle("updated", Phase.Succeeded);
    Path manifest = cluster.writeManifest(directory, "release.yaml", manifest("updated", "1.1.0"));

    PluginRun.Result result = plugin.run("apply", "-f", manifest.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).isEqualToIgnoringNewLines("testpodrelease.testpod.dev/updated configured");
    TestPodRelease stored = cluster.release("updated");
    assertThat(stored.getSpec().getImage()).isEqualTo("ghcr.io/acme/test-pod-app:1.1.0");
    assertThat(stored.getStatus().getPhase()).isEqualTo(Phase.Succeeded);
    assertThat(stored.getMetadata().getGeneration()).isEqualTo(2L);
  }

  @Test
  void reportsUnchangedManifest() throws Exception {
    Path manifest = cluster.writeManifest(directory, "release.yaml", manifest("same", "1.0.0"));
    plugin.run("apply", "-f", manifest.toString());

    PluginRun.Result result = plugin.run("apply", "-f", manifest.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).isEqualToIgnoringNewLines("testpodrelease.testpod.dev/same unchanged");
  }

  @Test
  void readsManifestFromStandardInput() {
    CommandLine commandLine = KubectlTestpod.commandLine(Clock.systemUTC());
    ApplyCommand apply = commandLine.getSubcommands().get("apply").getCommand();
    apply.standardInput = new ByteArrayInputStream(manifest("piped", "2.0.0").getBytes(StandardCharsets.UTF_8));

    int exitCode = commandLine.execute("--kubeconfig", cluster.kubeconfig().toString(), "apply", "-f", "-");

    assertThat(exitCode).isZero();
    assertThat(cluster.release("piped").getSpec().getImage()).isEqualTo("ghcr.io/acme/test-pod-app:2.0.0");
  }

  @Test
  void rejectsManifestOfAnotherKind() throws Exception {
    Path manifest = cluster.writeManifest(directory, "deployment.yaml",
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n");

    PluginRun.Result result = plugin.run("apply", "-f", manifest.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).isEqualToIgnoringNewLines(
        "error: " + manifest + ": kind is 'Deployment', expected TestPodRelease");
  }

  @Test
  void rejectsManifestWithoutImage() throws Exception {
    Path manifest = cluster.writeManifest(directory, "no-image.yaml",
        "apiVersion: testpod.dev/v1alpha1\nkind: TestPodRelease\nmetadata:\n  name: web\nspec:\n  replicas: 1\n");

    PluginRun.Result result = plugin.run("apply", "-f", manifest.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("spec.image is missing");
  }

  @Test
  void rejectsMalformedYaml() throws Exception {
    Path manifest = cluster.writeManifest(directory, "broken.yaml", "kind: [TestPodRelease\n");

    PluginRun.Result result = plugin.run("apply", "-f", manifest.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).startsWith("error: " + manifest + " is not a valid YAML or JSON manifest");
  }

  @Test
  void rejectsMissingFile() {
    PluginRun.Result result = plugin.run("apply", "-f", directory.resolve("absent.yaml").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).isEqualToIgnoringNewLines("error: file not found: " + directory.resolve("absent.yaml"));
  }

  @Test
  void rejectsNamespaceOtherThanFlag() throws Exception {
    Path manifest = cluster.writeManifest(directory, "release.yaml",
        manifest("elsewhere", "1.0.0").replace("  name: elsewhere\n", "  name: elsewhere\n  namespace: prod\n"));

    PluginRun.Result result = plugin.run("-n", "preprod", "apply", "-f", manifest.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("(prod) does not match --namespace preprod");
  }

  @Test
  void usesNamespaceOfManifest() throws Exception {
    Path manifest = cluster.writeManifest(directory, "release.yaml",
        manifest("in-prod", "1.0.0").replace("  name: in-prod\n", "  name: in-prod\n  namespace: prod\n"));

    PluginRun.Result result = plugin.run("apply", "-f", manifest.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(client.resources(TestPodRelease.class).inNamespace("prod").withName("in-prod").get()).isNotNull();
  }

  static String manifest(String name, String tag) {
    return """
        apiVersion: testpod.dev/v1alpha1
        kind: TestPodRelease
        metadata:
          name: %s
        spec:
          image: ghcr.io/acme/test-pod-app:%s
          replicas: 2
          healthCheck:
            timeout: 1m
        """.formatted(name, tag);
  }
}
