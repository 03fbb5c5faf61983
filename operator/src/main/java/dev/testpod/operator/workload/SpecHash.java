package dev.testpod.operator.workload;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A short SHA-256 of an object's JSON, used to skip writes of an unchanged desired spec. */
final class SpecHash {

  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  private SpecHash() {}

  static String of(Object spec) {
    try {
      byte[] json = SERIALIZATION.asJson(spec).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json), 0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
