package dev.testpod.app.checks.peers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Temporary directories of the test servers: their configuration, data and logs. */
final class ScratchDirectory {
  private ScratchDirectory() {}

  static Path create(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a logback configuration that keeps a forked Java server's log at WARN. */
  static Path quietLogback(Path directory) {
    Path file = directory.resolve("logback.xml");
    try {
      Files.writeString(file, String.join("\n",
          "<configuration>",
          "  <appender name=\"OUT\" class=\"ch.qos.logback.core.ConsoleAppender\">",
          "    <encoder><pattern>%d %-5level [%thread] %logger{20} %msg%n</pattern></encoder>",
          "  </appender>",
          "  <root level=\"WARN\"><appender-ref ref=\"OUT\"/></root>",
          "  <logger name=\"org.apache.cassandra.service\" level=\"INFO\"/>",
          "</configuration>",
          ""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  static void delete(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      System.err.println("Could not delete " + directory + ": " + e.getMessage());
    }
  }
}
