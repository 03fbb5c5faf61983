package dev.testpod.app.health;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Serves {@code /health}, {@code /health/live} and {@code /health/ready} by rerouting them to
 * SmallRye Health, so that their body and status code are exactly those of {@code /q/health/*}.
 */
@ApplicationScoped
public class HealthAliasRoutes {

  private final String healthRoot;

  HealthAliasRoutes(
      @ConfigProperty(name = "quarkus.http.non-application-root-path", defaultValue = "q")
      String nonApplicationRoot,
      @ConfigProperty(name = "quarkus.smallrye-health.root-path", defaultValue = "health")
      String healthPath) {
    this.healthRoot = "/" + strip(nonApplicationRoot) + "/" + strip(healthPath);
  }

  void register(@Observes Router router) {
    Map<String, String> aliases = Map.of(
        "/health", healthRoot,
        "/health/live", healthRoot + "/live",
        "/health/ready", healthRoot + "/ready");
    aliases.forEach((alias, target) ->
        router.route(alias).handler(context -> context.reroute(target)));
  }

  private static String strip(String path) {
    return path.replaceAll("^/+|/+$", "");
  }
}
