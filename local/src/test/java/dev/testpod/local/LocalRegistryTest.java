package dev.testpod.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LocalRegistryTest {

  private final LocalRegistry registry = LocalRegistry.withDefaultTags(Set.of("0.1.0-SNAPSHOT"));

  @Test
  void pullsListedTagsOfAppRepository() {
    assertThat(registry.pullFailure("ghcr.io/acme/test-pod-app:1.0.0")).isEmpty();
    assertThat(registry.pullFailure("registry.local:5000/team/test-pod-app:0.1.0-SNAPSHOT")).isEmpty();
    assertThat(registry.pullFailure("test-pod-app:2.0.0@sha256:" + "a".repeat(64))).isEmpty();
  }

  @Test
  void rejectsUnknownTag() {
    assertThat(registry.pullFailure("ghcr.io/acme/test-pod-app:9.9.9")).hasValueSatisfying(reason ->
        assertThat(reason).startsWith("manifest for ghcr.io/acme/test-pod-app:9.9.9 not found: tag 9.9.9 is not in the "
            + "local registry"));
  }

  @Test
  void rejectsOtherRepository() {
    assertThat(registry.pullFailure("ghcr.io/acme/test-pod-application:1.0.0")).hasValueSatisfying(reason ->
        assertThat(reason).startsWith("repository ghcr.io/acme/test-pod-application is not in the local registry"));
    assertThat(registry.pullFailure("nginx:1.0.0")).isPresent();
  }

  @Test
  void rejectsDigestWithoutTag() {
    assertThat(registry.pullFailure("ghcr.io/acme/test-pod-app@sha256:" + "b".repeat(64))).hasValueSatisfying(reason ->
        assertThat(reason).contains("has no tag"));
  }
}
