package dev.testpod.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks {@link ImageReference#SCHEMA_PATTERN} in both engines that use it: java.util.regex in the
 * operator and RE2 (here RE2J) in the API server.
 */
class ImageReferenceTest {

  private static final Pattern JAVA = Pattern.compile(ImageReference.SCHEMA_PATTERN);
  private static final com.google.re2j.Pattern RE2 =
      com.google.re2j.Pattern.compile(ImageReference.SCHEMA_PATTERN);

  private static final String DIGEST =
      "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "test-pod-app:1.4.2",
        "acme/test-pod-app:1.4.2",
        "ghcr.io/acme/test-pod-app:1.4.2",
        "localhost:5000/test-pod-app:v2",
        "registry.example.com:8443/platform/tools/test-pod-app:2026.12.04-rc.1",
        "10.0.0.7:5000/test-pod-app:1",
        "my-registry.example.com/acme/test_pod__app/x.y--z:1",
        "ghcr.io/acme/test-pod-app@" + DIGEST,
        "ghcr.io/acme/test-pod-app:1.4.2@" + DIGEST,
        "localhost:5000/test-pod-app:v2@" + DIGEST,
        "ghcr.io/acme/test-pod-app:Latest",
        "ghcr.io/acme/test-pod-app:LATEST",
        "ghcr.io/acme/test-pod-app:latest-1",
        "ghcr.io/acme/test-pod-app:lates",
        "ghcr.io/acme/test-pod-app:not-latest",
        "ghcr.io/acme/test-pod-app:_",
        "latest:1.0",
        "latest/app:1.0",
      })
  void acceptsImage(String image) {
    assertThat(JAVA.matcher(image).matches()).as("java.util.regex on %s", image).isTrue();
    assertThat(RE2.matches(image)).as("RE2 on %s", image).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ghcr.io/acme/test-pod-app",
        "ghcr.io/acme/test-pod-app:",
        "ghcr.io/acme/test-pod-app:latest",
        "ghcr.io/acme/test-pod-app:latest@" + DIGEST,
        "latest:latest",
        "ghcr.io/Acme/test-pod-app:1.4.2",
        "ghcr.io/acme/Test-Pod-App:1.4.2",
        "GHCR.IO/acme/test-pod-app:1.4.2",
        "ghcr.io/acme/test-pod-app@sha256:0123456789abcdef",
        "ghcr.io/acme/test-pod-app@sha256:0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF",
        "ghcr.io/acme/test-pod-app@sha512:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
        "ghcr.io/acme/test-pod-app@" + DIGEST + ":1.4.2",
        "ghcr.io/acme/test-pod-app:-1.4.2",
        "ghcr.io/acme/test-pod-app:.1",
        "ghcr.io/acme/test-pod-app:1.4.2+build",
        "ghcr.io/acme//test-pod-app:1.4.2",
        "ghcr.io/acme/test-pod-app-:1.4.2",
        "-ghcr.io/acme/test-pod-app:1.4.2",
        "ghcr.io:port/acme/test-pod-app:1.4.2",
        "ghcr.io:123456/acme/test-pod-app:1.4.2",
        "https://ghcr.io/acme/test-pod-app:1.4.2",
        "/test-pod-app:1.4.2",
        ":1.4.2",
        " ghcr.io/acme/test-pod-app:1.4.2",
        "ghcr.io/acme/test-pod-app:1.4.2\n",
        "",
      })
  void rejectsImage(String image) {
    assertThat(JAVA.matcher(image).matches()).as("java.util.regex on %s", image).isFalse();
    assertThat(RE2.matches(image)).as("RE2 on %s", image).isFalse();
  }

  @Test
  void acceptsTagsUpTo128Characters() {
    String longest = "test-pod-app:" + "a".repeat(128);
    String tooLong = "test-pod-app:" + "a".repeat(129);

    assertThat(JAVA.matcher(longest).matches()).isTrue();
    assertThat(RE2.matches(longest)).isTrue();
    assertThat(JAVA.matcher(tooLong).matches()).isFalse();
    assertThat(RE2.matches(tooLong)).isFalse();
  }

  @Test
  void acceptsEverySixCharacterTagNextToLatest() {
    // Without look-ahead the pattern spells out "any six-character tag but latest", position by
    // position; replacing any one character of "latest" must give an accepted tag.
    String tagCharacters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-";
    List<String> rejected = new ArrayList<>();
    for (int position = 0; position < "latest".length(); position++) {
      for (char replacement : tagCharacters.toCharArray()) {
        if (position == 0 && (replacement == '.' || replacement == '-')) {
          continue;
        }
        StringBuilder tag = new StringBuilder("latest");
        tag.setCharAt(position, replacement);
        String image = "test-pod-app:" + tag;
        if (!tag.toString().equals("latest") && !(JAVA.matcher(image).matches() && RE2.matches(image))) {
          rejected.add(tag.toString());
        }
      }
    }

    assertThat(rejected).as("tags differing from 'latest' in one character").isEmpty();
  }
}
