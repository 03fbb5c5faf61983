package dev.testpod.operator.notification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The human-readable title, facts and failure text that chat messages show for a report. */
final class ReportSummary {

  /** A labelled value, shown as a Slack field or an Adaptive Card fact. */
  record Fact(String label, String value) {}

  private final OutcomeReport report;

  ReportSummary(OutcomeReport report) {
    this.report = report;
  }

  String title() {
    String release = report.releaseName() + " in " + report.namespace();
    return switch (report.outcome()) {
      case Succeeded -> release + " succeeded: " + revision(report.toRevision()) + " passed validation";
      case RolledBack -> release + " rolled back to " + revision(report.toRevision());
      case Failed -> release + " failed: " + revision(report.toRevision()) + " did not pass validation";
    };
  }

  List<Fact> facts() {
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("Release", report.namespace() + "/" + report.releaseName()));
    facts.add(new Fact("Outcome", report.outcome().name()));
    addImage(facts, "From", report.fromImage(), report.fromRevision());
    addImage(facts, "To", report.toImage(), report.toRevision());
    if (report.timeToDetect() != null) {
      facts.add(new Fact("Time to detect", format(report.timeToDetect())));
    }
    if (report.timeToRollback() != null) {
      facts.add(new Fact("Time to roll back", format(report.timeToRollback())));
    }
    return facts;
  }

  /** Returns the failure reason followed by the pod state, or null when nothing failed. */
  String failureText() {
    List<String> lines = new ArrayList<>();
    if (report.failureReason() != null && !report.failureReason().isBlank()) {
      lines.add(report.failureReason());
    }
    PodFailure pod = report.podFailure();
    if (pod != null) {
      lines.add(podState(pod));
      if (!pod.failingChecks().isEmpty()) {
        lines.add("Failing checks: " + String.join(", ", pod.failingChecks()));
      }
    }
    return lines.isEmpty() ? null : String.join("\n", lines);
  }

  private static String podState(PodFailure pod) {
    StringBuilder state = new StringBuilder("Pod ").append(pod.pod());
    if (pod.container() != null) {
      state.append(", container ").append(pod.container());
    }
    if (pod.reason() != null) {
      state.append(": ").append(pod.reason());
    }
    if (pod.restartCount() != null) {
      state.append(", ").append(pod.restartCount())
          .append(pod.restartCount() == 1 ? " restart" : " restarts");
    }
    if (pod.lastExitCode() != null) {
      state.append(", last exit code ").append(pod.lastExitCode());
    }
    return state.toString();
  }

  private static void addImage(List<Fact> facts, String label, String image, Long revision) {
    if (image == null && revision == null) {
      return;
    }
    String value = image == null ? revision(revision) : image + " (" + revision(revision) + ")";
    facts.add(new Fact(label, value));
  }

  private static String revision(Long revision) {
    return revision == null ? "an unknown revision" : "revision " + revision;
  }

  /** Formats a duration for people, such as {@code 1m 12s} or {@code 850ms}. */
  static String format(Duration duration) {
    if (duration.compareTo(Duration.ofSeconds(1)) < 0) {
      return duration.toMillis() + "ms";
    }
    long hours = duration.toHours();
    int minutes = duration.toMinutesPart();
    int seconds = duration.toSecondsPart();
    StringBuilder text = new StringBuilder();
    if (hours > 0) {
      text.append(hours).append("h ");
    }
    if (hours > 0 || minutes > 0) {
      text.append(minutes).append("m ");
    }
    return text.append(seconds).append('s').toString();
  }
}
