package dev.testpod.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class GoDurationTest {

  @Test
  void parsesHoursMinutesAndSeconds() {
    assertThat(GoDuration.parse("90s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(GoDuration.parse("6m")).isEqualTo(Duration.ofMinutes(6));
    assertThat(GoDuration.parse("1h2m3s")).isEqualTo(Duration.ofSeconds(3723));
  }

  @Test
  void rejectsOtherForms() {
    for (String text : new String[] {"", "5", "m5", "5 m", "1.5m", "PT5M"}) {
      assertThatThrownBy(() -> GoDuration.parse(text)).as(text)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("invalid duration '" + text + "'");
    }
  }

  @Test
  void formatsLikeKubectl() {
    assertThat(GoDuration.format(Duration.ofSeconds(250))).isEqualTo("4m10s");
    assertThat(GoDuration.format(Duration.ofMinutes(62))).isEqualTo("1h2m");
    assertThat(GoDuration.format(Duration.ofMillis(400))).isEqualTo("0s");
    assertThat(GoDuration.format(Duration.ofSeconds(-5))).isEqualTo("0s");
  }
}
