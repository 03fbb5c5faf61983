package dev.testpod.app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.Map;

@Path("/version")
public class VersionResource {
  @GET
  public Map<String, String> version() {
    return Map.of("version", "dev");
  }
}
