package dev.testpod.app.version;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Reports the running build, without authentication, at {@code /version} and {@code /api/version}. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class VersionResource {

  private final BuildInfo buildInfo;

  VersionResource(BuildInfo buildInfo) {
    this.buildInfo = buildInfo;
  }

  @GET
  @Path("version")
  public BuildInfo.Version version() {
    return buildInfo.version();
  }

  @GET
  @Path("api/version")
  public BuildInfo.Version apiVersion() {
    return buildInfo.version();
  }
}
