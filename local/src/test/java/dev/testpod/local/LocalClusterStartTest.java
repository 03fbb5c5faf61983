package dev.testpod.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cluster that cannot start reports the cause and leaves nothing running. */
class LocalClusterStartTest {

  @TempDir
  Path directory;

  @Test
  void missingAppJarFailsWithBuildHint() {
    Path absent = directory.resolve("quarkus-run.jar");
    LocalSettings settings = LocalSettings.defaults(directory, absent).withRunOperator(false);

    assertThatThrownBy(() -> LocalCluster.start(settings, client -> () -> { }))
        .isInstanceOf(IOException.class)
        .hasMessage("the test-pod-app jar " + absent + " does not exist; build it first with "
            + "'mvn -B -DskipTests package' in the repository root");
    assertThat(directory.resolve("kubeconfig")).doesNotExist();
  }

  @Test
  void occupiedPortFailsAndStopsStartedParts() throws IOException {
    Path jar = Files.createFile(directory.resolve("quarkus-run.jar"));
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      LocalSettings settings = LocalSettings.defaults(directory, jar).withRunOperator(false)
          .withApiPort(taken.getLocalPort());

      assertThatThrownBy(() -> LocalCluster.start(settings, client -> () -> { })).isInstanceOf(RuntimeException.class);
    }
    assertThat(directory.resolve("kubeconfig")).doesNotExist();
  }

  @Test
  void failingOperatorStopsClusterAgain() throws IOException {
    Path jar = Files.createFile(directory.resolve("quarkus-run.jar"));
    LocalSettings settings = LocalSettings.defaults(directory, jar);

    assertThatThrownBy(() -> LocalCluster.start(settings, client -> {
      throw new IllegalStateException("operator failed to start");
    })).hasMessage("operator failed to start");
    assertThat(directory.resolve("kubeconfig")).doesNotExist();
  }
}
