package dev.testpod.operator.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testpod.api.Phase;
import dev.testpod.api.ReleaseLabels;
import dev.testpod.api.TestPodRelease;
import dev.testpod.operator.rbac.ApiAccess;
import dev.testpod.operator.rbac.RequiredAccess;
import dev.testpod.operator.support.OperatorTestBase;
import dev.testpod.operator.support.PodBehavior;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.EnvFromSourceBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs a rollout, a rollback and a retry, then checks every API call of the operator against the RBAC rules. */
class RequiredAccessTest extends OperatorTestBase {

  @Test
  void operatorCallsOnlyDeclaredApis() throws InterruptedException {
    client.resource(new SecretBuilder().withNewMetadata().withName("db").withNamespace(namespace).endMetadata()
        .addToStringData("password", "s3cret").build()).create();
    client.resource(new ConfigMapBuilder().withNewMetadata().withName("settings").withNamespace(namespace).endMetadata()
        .addToData("mode", "test").build()).create();
    String bad = "ghcr.io/acme/test-pod-app:9.0.0";
    cluster.behave(bad, PodBehavior.PULL_FAILS);
    TestPodRelease release = release("app", "ghcr.io/acme/test-pod-app:1.0.0", 1);
    release.getSpec().setEnvFrom(List.of(
        new EnvFromSourceBuilder().withNewSecretRef().withName("db").endSecretRef().build(),
        new EnvFromSourceBuilder().withNewConfigMapRef().withName("settings").endConfigMapRef().build()));
    release.getSpec().getRollback().setRevisionHistoryLimit(1);
    create(release);
    awaitPhase("app", Phase.Succeeded);
    setImage("app", bad);
    awaitPhase("app", Phase.RolledBack);
    annotate("app", ReleaseLabels.RETRY, "1");
    org.awaitility.Awaitility.await().atMost(WAIT)
        .until(() -> get("app").getStatus().getRetryToken() != null && phase("app") == Phase.RolledBack);

    Set<String> used = new TreeSet<>();
    RecordedRequest request;
    while ((request = server.takeRequest(10, TimeUnit.MILLISECONDS)) != null) {
      if (OPERATOR_USER_AGENT.equals(request.getHeader("User-Agent"))) {
        used.add(access(request.getMethod(), request.getPath()));
      }
    }
    Set<String> declared = new TreeSet<>();
    for (ApiAccess rule : RequiredAccess.RULES) {
      rule.verbs().forEach(verb -> declared.add(rule.apiGroup() + "/" + rule.resource() + " " + verb));
    }

    assertThat(used).as("API calls the operator made").isNotEmpty().isSubsetOf(declared);
    assertThat(used).contains("apps/controllerrevisions delete", "/events create", "/secrets get", "/configmaps get");
  }

  /** Maps a request to "group/resource verb", the shape of an RBAC rule. */
  private static String access(String method, String path) {
    URI uri = URI.create(path);
    String[] parts = uri.getPath().substring(1).split("/");
    int index = parts[0].equals("api") ? 2 : 3;
    String group = parts[0].equals("api") ? "" : parts[1];
    if (parts.length > index && parts[index].equals("namespaces") && parts.length > index + 2) {
      index += 2;
    }
    String resource = parts[index];
    boolean named = parts.length > index + 1;
    if (parts.length > index + 2) {
      resource += "/" + parts[index + 2];
    }
    String query = uri.getQuery() == null ? "" : uri.getQuery();
    String verb = switch (method) {
      case "GET" -> named ? "get" : query.contains("watch=true") ? "watch" : "list";
      case "POST" -> "create";
      case "PUT" -> "update";
      case "PATCH" -> "patch";
      case "DELETE" -> "delete";
      default -> method;
    };
    return group + "/" + resource + " " + verb;
  }
}
