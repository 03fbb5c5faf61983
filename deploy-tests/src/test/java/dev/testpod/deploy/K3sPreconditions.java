package dev.testpod.deploy;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * Settings of the k3s suite and the checks that decide whether it can run. A missing Docker
 * engine, image or k3s image skips the suite with the reason logged, unless
 * {@code testpod.k3s.required=true} turns the skip into a failure (as e2e-k3s.yml does, so a
 * broken runner cannot pass silently).
 */
record K3sPreconditions(String appImage, String operatorImage, String k3sImage) {

  private static final Logger LOG = LoggerFactory.getLogger(K3sPreconditions.class);
  private static final String DEFAULT_K3S_IMAGE = "rancher/k3s:v1.31.4-k3s1";
  private static final long PULL_TIMEOUT_MINUTES = 5;

  /** Returns the settings when every precondition holds, and otherwise skips or fails the caller. */
  static K3sPreconditions check() {
    if (!DockerClientFactory.instance().isDockerAvailable()) {
      skip("no Docker engine is reachable, so k3s cannot start");
    }
    String appImage = System.getProperty("testpod.k3s.app-image", "");
    String operatorImage = System.getProperty("testpod.k3s.operator-image", "");
    if (appImage.isBlank() || operatorImage.isBlank()) {
      skip("testpod.k3s.app-image and testpod.k3s.operator-image are not both set; build "
          + "Dockerfile.app and Dockerfile.operator and pass the image names");
    }
    DockerClient docker = DockerClientFactory.lazyClient();
    for (String image : new String[] {appImage, operatorImage}) {
      if (!isPresent(docker, image)) {
        skip("image " + image + " is not in the local Docker engine; build it first");
      }
    }
    String k3sImage = System.getProperty("testpod.k3s.image", DEFAULT_K3S_IMAGE);
    ensurePulled(docker, k3sImage);
    return new K3sPreconditions(appImage, operatorImage, k3sImage);
  }

  private static boolean isPresent(DockerClient docker, String image) {
    try {
      docker.inspectImageCmd(image).exec();
      return true;
    } catch (NotFoundException e) {
      return false;
    }
  }

  private static void ensurePulled(DockerClient docker, String image) {
    if (isPresent(docker, image)) {
      return;
    }
    try {
      boolean done = docker.pullImageCmd(image)
          .start()
          .awaitCompletion(PULL_TIMEOUT_MINUTES, TimeUnit.MINUTES);
      if (!done) {
        skip("pulling the k3s image " + image + " timed out after " + PULL_TIMEOUT_MINUTES + " min");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      skip("pulling the k3s image " + image + " was interrupted");
    } catch (RuntimeException e) {
      skip("the k3s image " + image + " cannot be pulled: " + e.getMessage());
    }
  }

  private static void skip(String reason) {
    if (Boolean.getBoolean("testpod.k3s.required")) {
      LOG.error("The k3s suite cannot run and testpod.k3s.required is true: {}", reason);
      Assertions.fail("k3s suite required but cannot run: " + reason);
    }
    LOG.warn("Skipping the k3s suite: {}", reason);
    Assumptions.abort("k3s suite skipped: " + reason);
  }
}
