package dev.testpod.operator.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryPolicyTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T20:00:00Z"), ZoneOffset.UTC);
  private static final NotifierSettings SETTINGS = NotifierSettings.defaults();

  @Test
  void backoffDoublesFromHalfToFullDelay() {
    RetryPolicy lowestJitter = new RetryPolicy(SETTINGS, CLOCK, () -> 0.0);
    RetryPolicy highestJitter = new RetryPolicy(SETTINGS, CLOCK, () -> 0.999_999);

    assertThat(lowestJitter.backoff(1)).isEqualTo(Duration.ofMillis(500));
    assertThat(highestJitter.backoff(1)).isEqualTo(Duration.ofMillis(999));
    assertThat(lowestJitter.backoff(2)).isEqualTo(Duration.ofMillis(1000));
    assertThat(lowestJitter.backoff(3)).isEqualTo(Duration.ofMillis(2000));
  }

  @Test
  void backoffIsCappedAtMaximum() {
    RetryPolicy policy = new RetryPolicy(SETTINGS, CLOCK, () -> 0.999_999);

    assertThat(policy.backoff(10)).isEqualTo(Duration.ofMillis(29_999));
    assertThat(policy.backoff(64)).isEqualTo(Duration.ofMillis(29_999));
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 503, 504})
  void serverErrorIsRetriedWithBackoff(int status) {
    RetryPolicy policy = new RetryPolicy(SETTINGS, CLOCK, () -> 0.0);

    assertThat(policy.delayAfter(1, response(status, null))).contains(Duration.ofMillis(500));
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 410, 413})
  void clientErrorIsFinal(int status) {
    RetryPolicy policy = new RetryPolicy(SETTINGS, CLOCK, () -> 0.0);

    assertThat(policy.delayAfter(1, response(status, null))).isEmpty();
  }

  @Test
  void successIsFinal() {
    RetryPolicy policy = new RetryPolicy(SETTINGS, CLOCK, () -> 0.0);

    assertThat(policy.delayAfter(1, response(204, null))).isEmpty();
  }

  @Test
  void networkErrorIsRetried() {
    RetryPolicy policy = new RetryPolicy(SETTINGS, CLOCK, () -> 0.0);

    assertThat(policy.delayAfter(2, new AttemptResult.NetworkError("connection failed")))
        .contains(Duration.ofMillis(1000));
  }

  @Test
  void lastAttemptIsFinal() {
    RetryPolicy policy = new RetryPolicy(SETTINGS, CLOCK, () -> 0.0);

    assertThat(policy.delayAfter(SETTINGS.maxAttempts(), response(503, null))).isEmpty();
    assertThat(policy.delayAfter(SETTINGS.maxAttempts(), new AttemptResult.NetworkError("x"))).isEmpty();
  }

  @Test
  void retryAfterSecondsReplaceBackoff() {
    RetryPolicy policy = new RetryPolicy(SETTINGS, CLOCK, () -> 0.0);

    assertThat(policy.delayAfter(1, response(429, "7"))).contains(Duration.ofSeconds(7));
    assertThat(policy.delayAfter(1, response(503, " 2 "))).contains(Duration.ofSeconds(2));
  }

  @Test
  void retryAfterIsCapped() {
    RetryPolicy policy = new RetryPolicy(SETTINGS, CLOCK, () -> 0.0);

    assertThat(policy.delayAfter(1, response(429, "3600"))).contains(Duration.ofSeconds(60));
  }

  @Test
  void retryAfterHttpDateCountsFromClock() {
    RetryPolicy policy = new RetryPolicy(SETTINGS, CLOCK, () -> 0.0);

    assertThat(policy.delayAfter(1, response(429, "Fri, 04 Dec 2026 20:00:30 GMT")))
        .contains(Duration.ofSeconds(30));
    assertThat(policy.delayAfter(1, response(429, "Fri, 04 Dec 2026 19:00:00 GMT")))
        .contains(Duration.ZERO);
  }

  @Test
  void unreadableRetryAfterFallsBackToBackoff() {
    RetryPolicy policy = new RetryPolicy(SETTINGS, CLOCK, () -> 0.0);

    assertThat(policy.delayAfter(1, response(429, "soon"))).contains(Duration.ofMillis(500));
    assertThat(policy.delayAfter(1, response(429, "-5"))).contains(Duration.ofMillis(500));
  }

  private static AttemptResult response(int status, String retryAfter) {
    return new AttemptResult.Response(status, Optional.ofNullable(retryAfter));
  }
}
