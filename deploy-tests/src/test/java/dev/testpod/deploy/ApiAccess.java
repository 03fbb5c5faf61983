package dev.testpod.deploy;

import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** One verb on one resource of one API group: the unit in which RBAC grants access. */
record ApiAccess(String apiGroup, String resource, String verb) implements Comparable<ApiAccess> {

  /** Expands RBAC rules into the single accesses they grant. */
  static Set<ApiAccess> grantedBy(Collection<PolicyRule> rules) {
    Set<ApiAccess> granted = new TreeSet<>();
    for (PolicyRule rule : rules) {
      for (String group : rule.getApiGroups()) {
        for (String resource : rule.getResources()) {
          for (String verb : rule.getVerbs()) {
            granted.add(new ApiAccess(group, resource, verb));
          }
        }
      }
    }
    return granted;
  }

  @Override
  public int compareTo(ApiAccess other) {
    return toString().compareTo(other.toString());
  }

  @Override
  public String toString() {
    return (apiGroup.isEmpty() ? "core" : apiGroup) + "/" + resource + ":" + verb;
  }
}
