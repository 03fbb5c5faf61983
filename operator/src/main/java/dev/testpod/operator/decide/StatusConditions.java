package dev.testpod.operator.decide;

import dev.testpod.api.ConditionType;
import dev.testpod.api.Phase;
import dev.testpod.api.TestPodReleaseStatus;
import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ConditionBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Computes the Ready, Progressing and Degraded conditions from the phase. */
final class StatusConditions {

  private StatusConditions() {}

  static void update(TestPodReleaseStatus status, Long generation, Instant now) {
    Phase phase = status.getPhase();
    String reason = phase.name();
    List<Condition> previous = status.getConditions();
    List<Condition> next = new ArrayList<>();
    next.add(condition(previous, ConditionType.READY, ready(phase, previous), reason, status.getMessage(), generation, now));
    next.add(condition(previous, ConditionType.PROGRESSING, progressing(phase), reason, status.getMessage(), generation, now));
    next.add(condition(previous, ConditionType.DEGRADED, degraded(phase, previous), reason, status.getMessage(), generation, now));
    status.setConditions(next);
  }

  private static boolean ready(Phase phase, List<Condition> previous) {
    if (phase == Phase.Paused) {
      return isTrue(previous, ConditionType.READY);
    }
    return phase == Phase.Succeeded;
  }

  private static boolean progressing(Phase phase) {
    return phase == Phase.Progressing || phase == Phase.Validating || phase == Phase.RollingBack;
  }

  private static boolean degraded(Phase phase, List<Condition> previous) {
    return switch (phase) {
      case RollingBack, RolledBack, Failed, Invalid -> true;
      case Paused -> isTrue(previous, ConditionType.DEGRADED);
      default -> false;
    };
  }

  private static Condition condition(List<Condition> previous, String type, boolean value, String reason,
      String message, Long generation, Instant now) {
    String status = value ? "True" : "False";
    String transition = previous.stream()
        .filter(condition -> type.equals(condition.getType()) && status.equals(condition.getStatus()))
        .map(Condition::getLastTransitionTime)
        .findFirst()
        .orElse(Timestamps.format(now));
    return new ConditionBuilder()
        .withType(type)
        .withStatus(status)
        .withReason(reason)
        .withMessage(message)
        .withObservedGeneration(generation)
        .withLastTransitionTime(transition)
        .build();
  }

  private static boolean isTrue(List<Condition> conditions, String type) {
    return conditions.stream().anyMatch(condition -> type.equals(condition.getType()) && "True".equals(condition.getStatus()));
  }
}
