package dev.testpod.app.checks;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The dependency checks over HTTP: list them with their last result, or run them now. */
@Path("/api/checks")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ChecksResource {
  private final DependencyChecks checks;

  @Inject
  public ChecksResource(DependencyChecks checks) {
    this.checks = checks;
  }

  @GET
  public List<CheckView> list() {
    return checks.list();
  }

  @POST
  @Path("/{name}/run")
  public Uni<CheckResult> run(@PathParam("name") String name) {
    return Uni.createFrom().completionStage(checks.run(name));
  }

  @POST
  @Path("/run-all")
  public Uni<List<CheckResult>> runAll() {
    return Uni.createFrom().completionStage(checks.runAll());
  }
}
