package dev.testpod.operator.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.testpod.api.Outcome;
import java.nio.charset.StandardCharsets;

/**
 * A Microsoft Teams workflow-webhook message: one Adaptive Card 1.4 attachment with the title,
 * the facts as a FactSet, the failure text and the transition time.
 */
final class TeamsCardFormat implements PayloadFormat {

  static final String CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public Payload render(OutcomeReport report) {
    ReportSummary summary = new ReportSummary(report);
    ObjectNode message = JSON.createObjectNode().put("type", "message");
    ObjectNode card = message.putArray("attachments").addObject()
        .put("contentType", CARD_CONTENT_TYPE)
        .putObject("content");
    card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json")
        .put("type", "AdaptiveCard")
        .put("version", "1.4");
    ArrayNode body = card.putArray("body");

    body.addObject()
        .put("type", "TextBlock")
        .put("text", summary.title())
        .put("size", "Medium")
        .put("weight", "Bolder")
        .put("color", color(report.outcome()))
        .put("wrap", true);

    ArrayNode facts = body.addObject().put("type", "FactSet").putArray("facts");
    for (ReportSummary.Fact fact : summary.facts()) {
      facts.addObject().put("title", fact.label()).put("value", fact.value());
    }

    String failure = summary.failureText();
    if (failure != null) {
      body.addObject()
          .put("type", "TextBlock")
          .put("text", "Failure: " + failure.replace("\n", "\n\n"))
          .put("wrap", true);
    }

    body.addObject()
        .put("type", "TextBlock")
        .put("text", "TestPodRelease " + report.namespace() + "/" + report.releaseName()
            + " at " + report.time())
        .put("isSubtle", true)
        .put("size", "Small")
        .put("wrap", true);
    return new Payload("application/json", message.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String color(Outcome outcome) {
    return switch (outcome) {
      case Succeeded -> "Good";
      case RolledBack -> "Warning";
      case Failed -> "Attention";
    };
  }
}
