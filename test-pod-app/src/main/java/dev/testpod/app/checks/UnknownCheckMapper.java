package dev.testpod.app.checks;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;

/** Maps an unknown check name to 404 with an RFC 9457 problem body. */
@Provider
public class UnknownCheckMapper implements ExceptionMapper<UnknownCheckException> {
  static final String PROBLEM_JSON = "application/problem+json";

  @Context
  UriInfo uriInfo;

  @Override
  public Response toResponse(UnknownCheckException exception) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", "Not Found");
    problem.put("status", 404);
    problem.put("detail", exception.getMessage());
    problem.put("instance", uriInfo.getPath());
    return Response.status(Response.Status.NOT_FOUND).type(PROBLEM_JSON).entity(problem).build();
  }
}
