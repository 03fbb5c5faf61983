package dev.testpod.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class CommittedCrdTest {

  static final String REFRESH_COMMAND = "mvn -B -q -pl api process-classes -Prefresh-crds";

  @Test
  void committedCrdEqualsGeneratedCrd() throws IOException {
    assertThat(CommittedCrd.generatedPath())
        .as("CRD written by crd-generator-maven-plugin in process-classes")
        .exists();
    assertThat(CommittedCrd.committedPath())
        .as("committed CRD; create it from the repository root with: %s", REFRESH_COMMAND)
        .exists();

    String generated = Files.readString(CommittedCrd.generatedPath());
    String committed = Files.readString(CommittedCrd.committedPath());

    assertThat(committed)
        .as(
            "crds/%s is out of date with the api model. Run from the repository root: %s, then"
                + " review and commit the result",
            CommittedCrd.committedPath().getFileName(),
            REFRESH_COMMAND)
        .isEqualTo(generated);
  }
}
