package dev.testpod.deploy;

import dev.testpod.operator.leader.LeaseAccess;
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
   * Calls in the operator's own namespace, from the operator's own {@link LeaseAccess}: the Lease
   * of leader election. The SelfSubjectRulesReview that JOSDK creates before electing is
   * cluster-scoped, so no Role can grant it; every authenticated user has it through Kubernetes'
   * default {@code system:basic-user} ClusterRole.
   */
  static Set<ApiAccess> inOperatorNamespace() {
    Set<ApiAccess> calls = new TreeSet<>();
    for (var rule : LeaseAccess.RULES) {
      if (rule.resource().equals("selfsubjectrulesreviews")) {
        continue;
      }
      for (String verb : rule.verbs()) {
        calls.add(new ApiAccess(rule.apiGroup(), rule.resource(), verb));
      }
    }
    return calls;
  }
}
