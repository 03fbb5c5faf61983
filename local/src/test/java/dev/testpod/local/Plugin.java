package dev.testpod.local;

import dev.testpod.api.TestPodRelease;
import dev.testpod.cli.KubectlTestpod;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Runs {@code kubectl testpod} in-process against a local cluster's kubeconfig, as a person would type it. */
final class Plugin {

  /** Exit code and output of one command. */
  record Result(int exitCode, String out, String err) {}

  private final Path kubeconfig;
  private final String namespace;
  private final Path manifests;

  Plugin(Path kubeconfig, String namespace, Path manifests) {
    this.kubeconfig = kubeconfig;
    this.namespace = namespace;
    this.manifests = manifests;
  }

  Result run(String... args) {
    List<String> all = new ArrayList<>(List.of("--kubeconfig", kubeconfig.toString(), "-n", namespace));
    all.addAll(List.of(args));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = KubectlTestpod.commandLine(Clock.systemUTC());
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(all.toArray(String[]::new));
    return new Result(exitCode, out.toString(), err.toString());
  }

  /** Writes the release as a YAML manifest and applies it with {@code apply -f}. */
  Result apply(TestPodRelease release) throws IOException {
    Files.createDirectories(manifests);
    Path file = Files.createTempFile(manifests, release.getMetadata().getName() + "-", ".yaml");
    release.setApiVersion(TestPodRelease.API_VERSION);
    release.setKind(TestPodRelease.KIND);
    Files.writeString(file, new KubernetesSerialization().asYaml(release));
    return run("apply", "-f", file.toString());
  }

  Result waitFor(String phase, String timeout) {
    return run("wait", DemoReleases.NAME, "--for", "phase=" + phase, "--timeout", timeout);
  }
}
