package dev.testpod.app.checks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The checks built from {@code testpod.checks.*} properties exactly as the app maps them, without
 * starting Quarkus, so each failure kind can be tried against a real server in a second or two.
 */
final class TestChecks implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Vertx vertx = Vertx.vertx();
  private final DependencyChecks checks;

  private TestChecks(ChecksConfig config) {
    checks = new DependencyChecks(config, vertx);
    checks.start();
  }

  static TestChecks of(Map<String, String> properties) {
    return new TestChecks(config(properties));
  }

  static ChecksConfig config(Map<String, String> properties) {
    SmallRyeConfig config = new SmallRyeConfigBuilder()
        .withMapping(ChecksConfig.class)
        .withConverter(Duration.class, 200, new DurationConverter())
        .withSources(new PropertiesConfigSource(new HashMap<>(properties), "test", 500))
        .build();
    return config.getConfigMapping(ChecksConfig.class);
  }

  /** A run and the wall-clock time the caller waited for it. */
  record TimedResult(CheckResult result, long elapsedMs) {
    String json() {
      try {
        return JSON.writeValueAsString(result);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  TimedResult run(String name) throws Exception {
    long startedAt = System.nanoTime();
    CheckResult result = checks.run(name).get(60, TimeUnit.SECONDS);
    return new TimedResult(result, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt));
  }

  @Override
  public void close() {
    checks.stop();
    vertx.close();
  }
}
