package dev.testpod.operator.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.testpod.api.Outcome;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SlackMessageFormatTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void escapesMrkdwnControlCharacters() throws Exception {
    OutcomeReport report = withReason("probe answered <html> & 503 > 500");

    JsonNode message = render(report);

    assertThat(message.at("/blocks/2/text/text").asText())
        .isEqualTo("*Failure*\nprobe answered &lt;html&gt; &amp; 503 &gt; 500");
  }

  @Test
  void truncatesLongFailureToSectionLimit() throws Exception {
    OutcomeReport report = withReason("x".repeat(5000));

    JsonNode message = render(report);

    String text = message.at("/blocks/2/text/text").asText();
    assertThat(text).hasSize(3000);
    assertThat(text).endsWith("…");
  }

  @Test
  void truncatesLongHeaderToLimit() throws Exception {
    OutcomeReport report = new OutcomeReport("preprod", "r".repeat(200), Outcome.Succeeded, "key",
        null, "ghcr.io/acme/test-pod-app:1.4.2", null, 4L, null, null, null, Reports.TIME);

    JsonNode message = render(report);

    assertThat(message.at("/blocks/0/text/text").asText()).hasSize(150);
    assertThat(message.at("/text").asText()).startsWith("r".repeat(200) + " in preprod");
  }

  @Test
  void omitsMissingFromRevision() throws Exception {
    OutcomeReport report = new OutcomeReport("preprod", "test-pod", Outcome.Succeeded, "key",
        null, "ghcr.io/acme/test-pod-app:1.4.2", null, 1L, null, null, null, Reports.TIME);

    JsonNode fields = render(report).at("/blocks/1/fields");

    assertThat(fields).hasSize(3);
    assertThat(fields.get(2).get("text").asText())
        .isEqualTo("*To*\nghcr.io/acme/test-pod-app:1.4.2 (revision 1)");
  }

  private static OutcomeReport withReason(String reason) {
    return new OutcomeReport("preprod", "test-pod", Outcome.Failed, "key",
        "ghcr.io/acme/test-pod-app:1.4.1", "ghcr.io/acme/test-pod-app:1.4.2", 3L, 4L,
        reason, Duration.ofSeconds(30), null, Reports.TIME);
  }

  private static JsonNode render(OutcomeReport report) throws Exception {
    Payload payload = new SlackMessageFormat().render(report);
    return JSON.readTree(payload.body());
  }
}
