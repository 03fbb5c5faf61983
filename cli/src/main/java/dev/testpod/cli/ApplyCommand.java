package dev.testpod.cli;

import dev.testpod.api.TestPodRelease;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "apply", description = "Creates a TestPodRelease from a manifest, or updates its spec, labels and annotations.")
class ApplyCommand extends PluginCommand {

  @Option(names = {"-f", "--filename"}, required = true, paramLabel = "FILE",
      description = "YAML or JSON manifest of one TestPodRelease; '-' reads standard input.")
  String file;

  /** Stream read when the file is '-'; tests replace it. */
  InputStream standardInput = System.in;

  private TestPodRelease release;

  /** Reads and checks the manifest before connecting, so a bad file fails without a cluster. */
  @Override
  public Integer call() throws Exception {
    release = ManifestReader.read(readManifest(), file);
    checkNamespace(release);
    return super.call();
  }

  @Override
  int run(ReleaseClient releases) {
    ReleaseClient.ApplyResult result = releases.apply(release);
    out().println("testpodrelease.testpod.dev/" + release.getMetadata().getName() + " " + result);
    return ExitCode.OK;
  }

  private void checkNamespace(TestPodRelease manifest) {
    String inFile = manifest.getMetadata().getNamespace();
    String explicit = root.explicitNamespace();
    if (inFile != null && explicit != null && !inFile.equals(explicit)) {
      throw CliException.usage("the namespace in " + file + " (" + inFile + ") does not match --namespace " + explicit);
    }
    if (inFile != null && explicit == null) {
      root.namespace = inFile;
    }
  }

  private String readManifest() throws IOException {
    if ("-".equals(file)) {
      return new String(standardInput.readAllBytes(), StandardCharsets.UTF_8);
    }
    try {
      return Files.readString(Path.of(file));
    } catch (NoSuchFileException e) {
      throw CliException.usage("file not found: " + file);
    }
  }
}
