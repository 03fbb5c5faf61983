package dev.testpod.operator.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.testpod.operator.config.LogFormat;
import dev.testpod.operator.config.RuntimeSettings.LogLevel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

class LogSetupTest {

  private static final Logger LOG = LoggerFactory.getLogger("dev.testpod.operator.reconcile.Example");
  private final PrintStream originalOut = System.out;

  @AfterEach
  void restoreTestLogging() throws Exception {
    System.setOut(originalOut);
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.reset();
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(getClass().getResource("/logback-test.xml"));
  }

  @Test
  void jsonFormatCarriesMdcFields() throws Exception {
    List<String> lines = capture(LogFormat.JSON, LogLevel.INFO);

    assertThat(lines).hasSize(2);
    JsonNode transition = new ObjectMapper().readTree(lines.get(0));
    assertThat(transition.path("level").asText()).isEqualTo("INFO");
    assertThat(transition.path("loggerName").asText()).isEqualTo("dev.testpod.operator.reconcile.Example");
    assertThat(transition.path("formattedMessage").asText()).isEqualTo("Phase Progressing -> Validating");
    assertThat(transition.path("mdc").path("resource.namespace").asText()).isEqualTo("preprod");
    assertThat(transition.path("mdc").path("resource.name").asText()).isEqualTo("test-pod");
    JsonNode warning = new ObjectMapper().readTree(lines.get(1));
    assertThat(warning.path("level").asText()).isEqualTo("WARN");
    assertThat(warning.path("throwable").path("message").asText()).isEqualTo("connection refused");
  }

  @Test
  void textFormatHidesDebugAtInfo() throws Exception {
    List<String> lines = capture(LogFormat.TEXT, LogLevel.INFO);

    assertThat(lines.get(0)).contains(" INFO ").contains("[preprod/test-pod]").endsWith("- Phase Progressing -> Validating");
    assertThat(lines).noneMatch(line -> line.contains("probe round"));
    assertThat(lines).anyMatch(line -> line.contains("WARN") && line.contains("Notifier failed"));
    assertThat(lines).anyMatch(line -> line.contains("java.io.IOException: connection refused"));
  }

  @Test
  void debugLevelShowsLoopChatter() throws Exception {
    List<String> lines = capture(LogFormat.TEXT, LogLevel.DEBUG);

    assertThat(lines).anyMatch(line -> line.contains(" DEBUG ") && line.contains("probe round 1 passed"));
  }

  private List<String> capture(LogFormat format, LogLevel level) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    LogSetup.configure(format, level);
    MDC.put("resource.namespace", "preprod");
    MDC.put("resource.name", "test-pod");
    try {
      LOG.info("Phase {} -> {}", "Progressing", "Validating");
      LOG.debug("probe round 1 passed");
      LOG.warn("Notifier failed; the reconcile goes on", new java.io.IOException("connection refused"));
    } finally {
      MDC.clear();
    }
    System.setOut(originalOut);
    return out.toString(StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).toList();
  }
}
