package dev.testpod.app.http;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** Test-only endpoints that fail on purpose, to check how failures are reported to clients. */
@Path("/test-only")
public class ProbeResource {

  static final String INTERNAL_MESSAGE = "internal detail that clients must not see";

  @GET
  @Path("validation/{name}")
  public String echo(@PathParam("name") @Pattern(regexp = "[a-z]+") String name) {
    return name;
  }

  @GET
  @Path("failure")
  public String fail() {
    throw new IllegalStateException(INTERNAL_MESSAGE);
  }
}
