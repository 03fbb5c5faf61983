package dev.testpod.deploy;

import java.util.Set;
import java.util.TreeSet;

/**
 * The API calls the operator makes, as RBAC accesses.
 *
 * <p>NOTE: this list is written by hand from the operator's design (JOSDK informers on the
 * release, its Deployments, ControllerRevisions and Pods; Secret and ConfigMap reads; Events;
 * a Lease for leader election). It is not yet derived from the operator code, so a call the
 * operator adds without updating this list goes unnoticed here.
 */
final class OperatorApiCalls {

  private OperatorApiCalls() {}

  /** Calls in the namespaces the operator watches. */
  static Set<ApiAccess> inWatchedNamespaces() {
    Set<ApiAccess> calls = new TreeSet<>();
    add(calls, "testpod.dev", "testpodreleases", "get", "list", "watch", "patch");
    add(calls, "testpod.dev", "testpodreleases/status", "get", "update", "patch");
    add(calls, "apps", "deployments", "get", "list", "watch", "create", "patch");
    add(calls, "", "services", "get", "create", "patch");
    add(calls, "apps", "controllerrevisions", "get", "list", "create", "delete");
    add(calls, "", "pods", "get", "list", "watch");
    add(calls, "", "secrets", "get");
    add(calls, "", "configmaps", "get");
    add(calls, "", "events", "get", "create", "patch");
    return calls;
  }

  /** Calls in the operator's own namespace, for leader election. */
  static Set<ApiAccess> inOperatorNamespace() {
    Set<ApiAccess> calls = new TreeSet<>();
    add(calls, "coordination.k8s.io", "leases", "get", "create", "update");
    return calls;
  }

  private static void add(Set<ApiAccess> calls, String group, String resource, String... verbs) {
    for (String verb : verbs) {
      calls.add(new ApiAccess(group, resource, verb));
    }
  }
}
