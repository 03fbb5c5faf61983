package dev.testpod.cli;

import dev.testpod.api.TestPodRelease;
import dev.testpod.api.TestPodReleaseStatus;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "get", description = "Lists releases, or shows one, as a table or as JSON or YAML.")
class GetCommand extends PluginCommand {

  private static final String ROW_FORMAT = "%-24s %-48s %-12s %-9s %-7s %s%n";

  @Parameters(arity = "0..1", paramLabel = "NAME", description = "Release name; all releases of the namespace when omitted.")
  String name;

  @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", description = "Output format: json or yaml.")
  OutputFormat output;

  @Override
  int run(ReleaseClient releases) {
    List<TestPodRelease> shown = name == null ? releases.list() : List.of(releases.get(name));
    if (output != null) {
      printDocument(shown);
    } else if (shown.isEmpty()) {
      out().println("No testpodreleases found in namespace " + releases.namespace() + ".");
    } else {
      printTable(shown);
    }
    return ExitCode.OK;
  }

  private void printDocument(List<TestPodRelease> shown) {
    Object document = name == null ? list(shown) : shown.get(0);
    KubernetesSerialization serialization = new KubernetesSerialization();
    String text = output == OutputFormat.json ? serialization.asJson(document) : serialization.asYaml(document);
    out().println(text.strip());
  }

  private static Map<String, Object> list(List<TestPodRelease> items) {
    Map<String, Object> list = new LinkedHashMap<>();
    list.put("apiVersion", "v1");
    list.put("kind", "List");
    list.put("items", items);
    return list;
  }

  private void printTable(List<TestPodRelease> shown) {
    out().printf(ROW_FORMAT, "NAME", "IMAGE", "PHASE", "REVISION", "STABLE", "AGE");
    for (TestPodRelease release : shown) {
      TestPodReleaseStatus status = release.getStatus() == null ? new TestPodReleaseStatus() : release.getStatus();
      out().printf(ROW_FORMAT,
          release.getMetadata().getName(),
          release.getSpec().getImage(),
          status.getPhase() == null ? "" : status.getPhase(),
          status.getRevision() == null ? "" : status.getRevision(),
          status.getStableRevision() == null ? "" : status.getStableRevision(),
          age(release));
    }
  }

  private String age(TestPodRelease release) {
    Instant created = EventTimes.parse(release.getMetadata().getCreationTimestamp());
    return created == null ? "" : GoDuration.format(Duration.between(created, root.clock().instant()));
  }
}
