package dev.testpod.operator.notification;

import java.time.Duration;

/**
 * Limits of notification delivery.
 *
 * @param attemptTimeout longest wait for one HTTP attempt, connect to complete response;
 *     default 10 s
 * @param maxAttempts attempts per channel and transition, the first included; default 4
 * @param initialBackoff back-off before the second attempt, doubled for each later one and
 *     jittered down to half; default 1 s
 * @param maxBackoff cap of the doubled back-off; default 30 s
 * @param maxRetryAfter cap of a receiver's {@code Retry-After}; default 60 s
 * @param maxPendingDeliveries deliveries queued or in flight at once; beyond it new ones are
 *     dropped with a warning; default 256
 * @param workerThreads threads that read Secrets, record deliveries and write events; HTTP
 *     attempts themselves are asynchronous and hold no thread; default 2
 * @param deliveredKeysPerChannel transition keys remembered per channel on the release; default 20
 */
public record NotifierSettings(
    Duration attemptTimeout,
    int maxAttempts,
    Duration initialBackoff,
    Duration maxBackoff,
    Duration maxRetryAfter,
    int maxPendingDeliveries,
    int workerThreads,
    int deliveredKeysPerChannel) {

  public NotifierSettings {
    requirePositive("attemptTimeout", attemptTimeout);
    requirePositive("initialBackoff", initialBackoff);
    requirePositive("maxBackoff", maxBackoff);
    requirePositive("maxRetryAfter", maxRetryAfter);
    requireAtLeastOne("maxAttempts", maxAttempts);
    requireAtLeastOne("maxPendingDeliveries", maxPendingDeliveries);
    requireAtLeastOne("workerThreads", workerThreads);
    requireAtLeastOne("deliveredKeysPerChannel", deliveredKeysPerChannel);
  }

  public static NotifierSettings defaults() {
    return new NotifierSettings(
        Duration.ofSeconds(10),
        4,
        Duration.ofSeconds(1),
        Duration.ofSeconds(30),
        Duration.ofSeconds(60),
        256,
        2,
        20);
  }

  public NotifierSettings withAttemptTimeout(Duration timeout) {
    return new NotifierSettings(timeout, maxAttempts, initialBackoff, maxBackoff, maxRetryAfter,
        maxPendingDeliveries, workerThreads, deliveredKeysPerChannel);
  }

  public NotifierSettings withBackoff(Duration initial, Duration max) {
    return new NotifierSettings(attemptTimeout, maxAttempts, initial, max, maxRetryAfter,
        maxPendingDeliveries, workerThreads, deliveredKeysPerChannel);
  }

  private static void requirePositive(String name, Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be a positive duration, got " + value);
    }
  }

  private static void requireAtLeastOne(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, got " + value);
    }
  }
}
