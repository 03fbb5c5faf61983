package dev.testpod.app.auth;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Returns who the bearer token belongs to. */
@Path("/api/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  /** Body of {@code GET /api/me}. */
  public record Me(String username, List<String> roles, Instant expiresAt) {}

  private final JsonWebToken token;

  MeResource(JsonWebToken token) {
    this.token = token;
  }

  @GET
  public Me me() {
    List<String> roles = token.getGroups().stream().sorted().toList();
    return new Me(token.getName(), roles, Instant.ofEpochSecond(token.getExpirationTime()));
  }
}
