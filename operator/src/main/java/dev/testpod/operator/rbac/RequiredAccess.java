package dev.testpod.operator.rbac;

import dev.testpod.api.TestPodRelease;
import java.util.List;

/**
 * Every Kubernetes API call the operator makes, as RBAC rules. The deployment manifests' Role must
 * grant at least these; a test compares the two.
 */
public final class RequiredAccess {

  /** Rules in the order resources are reconciled. The notifier's Secret reads are covered by {@code secrets get}. */
  public static final List<ApiAccess> RULES = List.of(
      // Informer on the primary resource; patch removes consumed one-shot annotations.
      new ApiAccess(TestPodRelease.GROUP, TestPodRelease.PLURAL, List.of("get", "list", "watch", "patch")),
      new ApiAccess(TestPodRelease.GROUP, TestPodRelease.PLURAL + "/status", List.of("get", "update", "patch")),
      // Owned workload; patch is used for updates and for server-side apply.
      new ApiAccess("apps", "deployments", List.of("get", "list", "watch", "create", "patch")),
      new ApiAccess("", "services", List.of("get", "create", "patch")),
      // One snapshot per revision, deleted when trimmed from the history.
      new ApiAccess("apps", "controllerrevisions", List.of("get", "list", "create", "delete")),
      // Pods are observed for fail-fast states and probed by IP; never modified.
      new ApiAccess("", "pods", List.of("get", "list", "watch")),
      // Key names checked for envFrom and valueFrom references; webhook URLs read by the notifier.
      new ApiAccess("", "secrets", List.of("get")),
      new ApiAccess("", "configmaps", List.of("get")),
      // One Event per release and reason, its count bumped on repeats.
      new ApiAccess("", "events", List.of("get", "create", "patch")));

  private RequiredAccess() {}
}
