package dev.testpod.operator.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/**
 * A Slack incoming-webhook message in Block Kit: a header, the facts as section fields, the
 * failure as its own section and the transition time as context. The top-level {@code text} is
 * the fallback that Slack shows in notifications.
 */
final class SlackMessageFormat implements PayloadFormat {

  // Slack rejects a header over 150 characters and section text over 3000.
  private static final int MAX_HEADER = 150;
  private static final int MAX_SECTION_TEXT = 3000;

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public Payload render(OutcomeReport report) {
    ReportSummary summary = new ReportSummary(report);
    ObjectNode message = JSON.createObjectNode();
    message.put("text", escape(summary.title()));
    ArrayNode blocks = message.putArray("blocks");

    ObjectNode header = blocks.addObject().put("type", "header");
    header.putObject("text")
        .put("type", "plain_text")
        .put("text", truncate(summary.title(), MAX_HEADER));

    ArrayNode fields = blocks.addObject().put("type", "section").putArray("fields");
    for (ReportSummary.Fact fact : summary.facts()) {
      fields.addObject()
          .put("type", "mrkdwn")
          .put("text", "*" + fact.label() + "*\n" + escape(fact.value()));
    }

    String failure = summary.failureText();
    if (failure != null) {
      blocks.addObject().put("type", "section").putObject("text")
          .put("type", "mrkdwn")
          .put("text", truncate("*Failure*\n" + escape(failure), MAX_SECTION_TEXT));
    }

    blocks.addObject().put("type", "context").putArray("elements").addObject()
        .put("type", "mrkdwn")
        .put("text", "TestPodRelease " + report.namespace() + "/" + report.releaseName()
            + " at " + report.time());
    return new Payload("application/json", message.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Escapes the three characters that Slack's mrkdwn treats as control characters. */
  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
