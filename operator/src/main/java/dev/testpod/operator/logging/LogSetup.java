package dev.testpod.operator.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import dev.testpod.operator.config.LogFormat;
import dev.testpod.operator.config.RuntimeSettings.LogLevel;
import java.net.URL;
import org.slf4j.LoggerFactory;

/**
 * Configures Logback for the operator container from the chosen format and level. Tests and local
 * mode keep whatever Logback configuration their classpath provides.
 */
public final class LogSetup {

  private static final String CONFIGURATION = "/dev/testpod/operator/logging/logback-operator.xml";

  private LogSetup() {}

  public static void configure(LogFormat format, LogLevel level) {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return;
    }
    URL configuration = LogSetup.class.getResource(CONFIGURATION);
    if (configuration == null) {
      throw new IllegalStateException("Logging configuration " + CONFIGURATION + " is missing from the classpath");
    }
    context.reset();
    context.putProperty("LOG_FORMAT", format.name());
    context.putProperty("LOG_LEVEL", level.name());
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    try {
      configurator.doConfigure(configuration);
    } catch (JoranException e) {
      throw new IllegalStateException("Logging configuration " + CONFIGURATION + " is invalid", e);
    }
  }
}
