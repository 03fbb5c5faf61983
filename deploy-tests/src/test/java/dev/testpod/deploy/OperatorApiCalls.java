package dev.testpod.deploy;

import dev.testpod.operator.rbac.RequiredAccess;
import java.util.Set;
import java.util.TreeSet;

/** The API calls the operator makes, as single RBAC accesses. */
final class OperatorApiCalls {

  private OperatorApiCalls() {}

  /** Calls in the namespaces the operator watches, from the operator's own {@link RequiredAccess}. */
  static Set<ApiAccess> inWatchedNamespaces() {
    Set<ApiAccess> calls = new TreeSet<>();
    for (var rule : RequiredAccess.RULES) {
      for (String verb : rule.verbs()) {
        calls.add(new ApiAccess(rule.apiGroup(), rule.resource(), verb));
      }
    }
    return calls;
  }

  /**
   * Calls in the operator's own namespace: a Lease for leader election, with the verbs of fabric8's
   * LeaseLock (get, create, update).
   *
   * <p>NOTE: the operator does not enable leader election yet, so this access is granted ahead of
   * its use and is not in {@link RequiredAccess}.
   */
  static Set<ApiAccess> inOperatorNamespace() {
    Set<ApiAccess> calls = new TreeSet<>();
    for (String verb : new String[] {"get", "create", "update"}) {
      calls.add(new ApiAccess("coordination.k8s.io", "leases", verb));
    }
    return calls;
  }
}
