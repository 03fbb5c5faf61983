package dev.testpod.cli;

import dev.testpod.api.FailureRecord;
import dev.testpod.api.HealthCheckSpec;
import dev.testpod.api.Phase;
import dev.testpod.api.ProbeResult;
import dev.testpod.api.TestPodRelease;
import dev.testpod.api.TestPodReleaseStatus;
import dev.testpod.api.ValidationStatus;
import io.fabric8.kubernetes.api.model.Event;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The status of one release as people read it: phase, images, validation progress, failure and recent events. */
public final class StatusView {

  /** Number of most recent events shown below the status. */
  static final int RECENT_EVENTS = 5;

  private static final String LABEL_FORMAT = "%-12s %s%n";
  /** Phases in which a validation deadline is still running. */
  private static final Set<Phase> ACTIVE_PHASES = EnumSet.of(Phase.Progressing, Phase.Validating, Phase.RollingBack);

  private final Clock clock;

  public StatusView(Clock clock) {
    this.clock = clock;
  }

  public String render(TestPodRelease release, List<Event> events) {
    TestPodReleaseStatus status = release.getStatus() == null ? new TestPodReleaseStatus() : release.getStatus();
    StringBuilder text = new StringBuilder();
    line(text, "Name:", release.getMetadata().getName());
    line(text, "Namespace:", release.getMetadata().getNamespace());
    line(text, "Phase:", status.getPhase() == null ? "(not reconciled yet)" : status.getPhase().name());
    if (status.getMessage() != null) {
      line(text, "Message:", status.getMessage());
    }
    line(text, "Running:", imageAndRevision(status.getImage(), status.getRevision()));
    line(text, "Stable:", imageAndRevision(status.getStableImage(), status.getStableRevision()));
    String desiredImage = release.getSpec() == null ? null : release.getSpec().getImage();
    if (desiredImage != null && !desiredImage.equals(status.getImage())) {
      line(text, "Desired:", release.getSpec().getImage());
    }
    appendValidation(text, release, status.getValidation());
    appendLastFailure(text, status.getLastFailure());
    appendEvents(text, events);
    return text.toString();
  }

  private void appendValidation(StringBuilder text, TestPodRelease release, ValidationStatus validation) {
    if (validation == null) {
      return;
    }
    line(text, "Validation:", validationProgress(release, validation));
    if (validation.getLastProbe() != null) {
      line(text, "Last probe:", probe(validation.getLastProbe()));
    }
    if (validation.getFailureReason() != null) {
      line(text, "Failure:", validation.getFailureReason());
    }
  }

  private static void appendLastFailure(StringBuilder text, FailureRecord lastFailure) {
    if (lastFailure != null) {
      line(text, "Last failure:", "revision " + lastFailure.getRevision() + " (" + lastFailure.getImage() + "): "
          + lastFailure.getReason());
    }
  }

  /** Formats validation progress as {@code 2/3 rounds, deadline in 4m10s}. */
  String validationProgress(TestPodRelease release, ValidationStatus validation) {
    int passed = validation.getConsecutiveSuccesses() == null ? 0 : validation.getConsecutiveSuccesses();
    String progress = passed + "/" + successThreshold(release) + " rounds";
    Instant deadline = EventTimes.parse(validation.getDeadline());
    if (deadline == null || !ACTIVE_PHASES.contains(release.getStatus().getPhase())) {
      return progress;
    }
    Duration left = Duration.between(clock.instant(), deadline);
    if (left.isNegative()) {
      return progress + ", deadline passed " + GoDuration.format(left.negated()) + " ago";
    }
    return progress + ", deadline in " + GoDuration.format(left);
  }

  private static int successThreshold(TestPodRelease release) {
    HealthCheckSpec healthCheck = release.getSpec().getHealthCheck();
    if (healthCheck == null || healthCheck.getSuccessThreshold() == null) {
      return new HealthCheckSpec().getSuccessThreshold();
    }
    return healthCheck.getSuccessThreshold();
  }

  private String probe(ProbeResult probe) {
    String text = probe.getPod() + ": " + probe.getResult();
    Instant time = EventTimes.parse(probe.getTime());
    return time == null ? text : text + " (" + age(time) + " ago)";
  }

  private void appendEvents(StringBuilder text, List<Event> events) {
    if (events.isEmpty()) {
      text.append("Events:      none\n");
      return;
    }
    text.append("Events:\n");
    List<Event> recent = events.subList(Math.max(0, events.size() - RECENT_EVENTS), events.size());
    for (Event event : recent) {
      Instant seen = EventTimes.lastSeen(event);
      text.append(String.format("  %-8s %-8s %-20s %s%n",
          seen == null ? "?" : age(seen), event.getType(), event.getReason(), event.getMessage()));
    }
  }

  private String age(Instant time) {
    return GoDuration.format(Duration.between(time, clock.instant()));
  }

  private static String imageAndRevision(String image, Long revision) {
    if (image == null) {
      return "none";
    }
    return revision == null ? image : image + " (revision " + revision + ")";
  }

  private static void line(StringBuilder text, String label, String value) {
    text.append(String.format(LABEL_FORMAT, label, value));
  }
}
