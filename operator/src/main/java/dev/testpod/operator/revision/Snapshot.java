package dev.testpod.operator.revision;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.testpod.api.TestPodReleaseSpec;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The pod-template-relevant part of a spec, stored immutably per revision in a ControllerRevision.
 * A rollback re-applies all of it, not just the image.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Snapshot(
    String image, List<EnvVar> env, List<EnvFromSource> envFrom, ResourceRequirements resources, Integer port) {

  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  public Snapshot {
    env = env == null ? List.of() : List.copyOf(env);
    envFrom = envFrom == null ? List.of() : List.copyOf(envFrom);
  }

  public static Snapshot of(TestPodReleaseSpec spec) {
    return new Snapshot(spec.getImage(), spec.getEnv(), spec.getEnvFrom(), spec.getResources(), spec.getPort());
  }

  /** Returns a short SHA-256 of the snapshot's JSON, equal for equal snapshots. */
  public String hash() {
    try {
      byte[] json = SERIALIZATION.asJson(this).getBytes(StandardCharsets.UTF_8);
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
      return HexFormat.of().formatHex(digest, 0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** Returns the snapshot as the generic JSON object stored in {@code ControllerRevision.data}. */
  public Object toData() {
    return SERIALIZATION.convertValue(this, java.util.Map.class);
  }

  /** Reads a snapshot back from {@code ControllerRevision.data}. */
  public static Snapshot fromData(Object data) {
    return SERIALIZATION.convertValue(data, Snapshot.class);
  }
}
