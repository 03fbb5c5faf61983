package dev.testpod.operator.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.testpod.api.TestPodRelease;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transitions already delivered per channel, kept in an annotation on the release so that a
 * restarted operator does not send them again. The value is a JSON object from channel id to the
 * most recent transition keys, oldest first, such as {@code {"slack":["rev-3-RolledBack"]}}.
 */
final class DeliveryLedger {

  static final String ANNOTATION = "testpod.dev/notified";

  private static final Logger LOG = LoggerFactory.getLogger(DeliveryLedger.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<LinkedHashMap<String, List<String>>> LEDGER_TYPE =
      new TypeReference<>() {};

  private final KubernetesClient client;
  private final int keysPerChannel;

  DeliveryLedger(KubernetesClient client, int keysPerChannel) {
    this.client = client;
    this.keysPerChannel = keysPerChannel;
  }

  /** Tells whether {@code key} was delivered to {@code channelId}, reading the current release. */
  boolean isDelivered(String namespace, String name, String channelId, String key) {
    TestPodRelease current = client.resources(TestPodRelease.class)
        .inNamespace(namespace).withName(name).get();
    return current != null && read(current).getOrDefault(channelId, List.of()).contains(key);
  }

  /**
   * Adds {@code key} to the channel's list with a JSON merge patch of the one annotation. Calls
   * are serialized because channels of the same release finish concurrently and each patch
   * replaces the whole annotation value.
   */
  synchronized void recordDelivered(String namespace, String name, String channelId, String key) {
    var resource = client.resources(TestPodRelease.class).inNamespace(namespace).withName(name);
    TestPodRelease current = resource.get();
    if (current == null) {
      LOG.info("Release was deleted before its delivered notification could be recorded");
      return;
    }
    Map<String, List<String>> ledger = read(current);
    List<String> keys = new ArrayList<>(ledger.getOrDefault(channelId, List.of()));
    if (keys.contains(key)) {
      return;
    }
    keys.add(key);
    while (keys.size() > keysPerChannel) {
      keys.remove(0);
    }
    ledger.put(channelId, keys);
    resource.patch(PatchContext.of(PatchType.JSON_MERGE), mergePatch(ledger));
  }

  private static Map<String, List<String>> read(TestPodRelease release) {
    Map<String, String> annotations = release.getMetadata().getAnnotations();
    String value = annotations == null ? null : annotations.get(ANNOTATION);
    if (value == null || value.isBlank()) {
      return new LinkedHashMap<>();
    }
    try {
      return JSON.readValue(value, LEDGER_TYPE);
    } catch (JsonProcessingException e) {
      LOG.warn("Annotation {} is not a JSON object of string lists, so it starts empty again", ANNOTATION);
      return new LinkedHashMap<>();
    }
  }

  private static String mergePatch(Map<String, List<String>> ledger) {
    try {
      String value = JSON.writeValueAsString(ledger);
      Map<String, Object> patch =
          Map.of("metadata", Map.of("annotations", Map.of(ANNOTATION, value)));
      return JSON.writeValueAsString(patch);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Serializing a map of string lists failed", e);
    }
  }
}
