package dev.testpod.app.checks;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.HealthRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.health.Readiness;

/** Adds each enabled check, and only those, to readiness at startup. Liveness never gets them. */
@ApplicationScoped
public class ReadinessRegistration {

  void register(
      @Observes StartupEvent event, DependencyChecks checks, @Readiness HealthRegistry readiness) {
    checks.enabled().forEach((name, check) -> readiness.register(name,
        new DependencyHealthCheck(name, check, checks.settings(name).critical())));
  }
}
