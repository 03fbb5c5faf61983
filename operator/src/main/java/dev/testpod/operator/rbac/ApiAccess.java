package dev.testpod.operator.rbac;

import java.util.List;

/**
 * One RBAC rule the operator needs: the verbs it uses on a resource of an API group.
 *
 * @param apiGroup the API group, empty for the core group
 * @param resource the plural resource name, with a subresource after a slash such as {@code testpodreleases/status}
 */
public record ApiAccess(String apiGroup, String resource, List<String> verbs) {

  public ApiAccess {
    verbs = List.copyOf(verbs);
  }
}
