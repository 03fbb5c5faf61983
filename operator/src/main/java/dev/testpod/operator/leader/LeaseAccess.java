package dev.testpod.operator.leader;

import dev.testpod.operator.rbac.ApiAccess;
import java.util.List;

/**
 * The API access that leader election needs on top of the reconciler's, in the Lease's namespace.
 * JOSDK checks the Lease verbs with a SelfSubjectRulesReview before it starts electing.
 */
public final class LeaseAccess {

  public static final List<ApiAccess> RULES = List.of(
      new ApiAccess("coordination.k8s.io", "leases", List.of("get", "create", "update")),
      new ApiAccess("authorization.k8s.io", "selfsubjectrulesreviews", List.of("create")));

  private LeaseAccess() {}
}
