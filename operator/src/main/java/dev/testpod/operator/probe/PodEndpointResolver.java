package dev.testpod.operator.probe;

import io.fabric8.kubernetes.api.model.Pod;
import java.net.URI;

/** Finds the base URI at which the operator probes a pod. */
@FunctionalInterface
public interface PodEndpointResolver {

  /** Returns the base URI, without a path, of the app's HTTP port in {@code pod}. */
  URI baseUri(Pod pod, int port);

  /** Probes the pod IP at the container port, as in a cluster. */
  PodEndpointResolver POD_IP =
      (pod, port) -> URI.create("http://" + hostLiteral(pod.getStatus().getPodIP()) + ":" + port);

  private static String hostLiteral(String ip) {
    return ip.contains(":") ? "[" + ip + "]" : ip;
  }
}
