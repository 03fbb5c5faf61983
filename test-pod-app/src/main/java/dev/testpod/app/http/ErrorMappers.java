package dev.testpod.app.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.testpod.app.auth.LoginLockedException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every exception that reaches the REST layer into an {@code application/problem+json} reply. */
public class ErrorMappers {

  private static final Logger LOG = Logger.getLogger(ErrorMappers.class);
  private static final String BEARER_CHALLENGE = "Bearer";

  @ServerExceptionMapper
  public Response webApplication(WebApplicationException exception, UriInfo uri) {
    Response original = exception.getResponse();
    int status = original.getStatus();
    String detail = exception.getMessage();
    if (exception.getCause() instanceof JsonProcessingException json) {
      detail = malformedJsonDetail(json);
    } else if (status == 404) {
      detail = "No resource at " + uri.getPath() + ".";
    } else if (status == 405) {
      detail = "The method is not allowed for " + uri.getPath() + ".";
    }
    Response.ResponseBuilder reply = problem(Problem.of(status, detail, uri.getPath()));
    copyHeader(original, reply, HttpHeaders.WWW_AUTHENTICATE);
    copyHeader(original, reply, HttpHeaders.ALLOW);
    copyHeader(original, reply, HttpHeaders.RETRY_AFTER);
    return reply.build();
  }

  @ServerExceptionMapper
  public Response malformedJson(JsonProcessingException exception, UriInfo uri) {
    return problem(Problem.of(400, malformedJsonDetail(exception), uri.getPath())).build();
  }

  private static String malformedJsonDetail(JsonProcessingException exception) {
    String location = exception.getLocation() == null ? ""
        : " at line " + exception.getLocation().getLineNr() + ", column "
            + exception.getLocation().getColumnNr();
    return "The request body is not valid JSON for this endpoint" + location + ": "
        + exception.getOriginalMessage();
  }

  @ServerExceptionMapper
  public Response invalidInput(ConstraintViolationException exception, UriInfo uri) {
    boolean returnValue = exception.getConstraintViolations().stream()
        .anyMatch(ErrorMappers::isReturnValue);
    if (returnValue) {
      return unexpected(exception, uri);
    }
    // Lists field and constraint only: the rejected value could be a password.
    String detail = exception.getConstraintViolations().stream()
        .map(violation -> fieldName(violation) + ": " + violation.getMessage())
        .sorted()
        .collect(Collectors.joining("; ", "Invalid request: ", "."));
    return problem(Problem.of(400, detail, uri.getPath())).build();
  }

  @ServerExceptionMapper
  public Response locked(LoginLockedException exception, UriInfo uri) {
    return problem(Problem.of(429, exception.getMessage(), uri.getPath()))
        .header(HttpHeaders.RETRY_AFTER, exception.retryAfterSeconds())
        .build();
  }

  @ServerExceptionMapper
  public Response missingCredentials(UnauthorizedException exception, UriInfo uri) {
    String detail = "A bearer token is required: log in at POST /auth/login and send it as "
        + "'Authorization: Bearer <access_token>'.";
    return problem(Problem.of(401, detail, uri.getPath()))
        .header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE)
        .build();
  }

  @ServerExceptionMapper
  public Response rejectedToken(AuthenticationFailedException exception, UriInfo uri) {
    LOG.debugf(exception, "Bearer token rejected for %s", uri.getPath());
    String detail = "The bearer token was rejected: it is malformed, expired, not yet valid, or "
        + "has a wrong signature, issuer or audience. Log in again for a new token.";
    return problem(Problem.of(401, detail, uri.getPath()))
        .header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE + " error=\"invalid_token\"")
        .build();
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException exception, UriInfo uri) {
    String detail = "The token's roles do not allow this request.";
    return problem(Problem.of(403, detail, uri.getPath())).build();
  }

  @ServerExceptionMapper
  public Response unexpected(Exception exception, UriInfo uri) {
    String errorId = UUID.randomUUID().toString();
    LOG.errorf(exception, "Request to %s failed, error id %s", uri.getPath(), errorId);
    String detail = "The server failed to process the request. Error id " + errorId
        + " identifies it in the server log.";
    return problem(Problem.of(500, detail, uri.getPath())).build();
  }

  private static boolean isReturnValue(ConstraintViolation<?> violation) {
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.RETURN_VALUE) {
        return true;
      }
    }
    return false;
  }

  private static String fieldName(ConstraintViolation<?> violation) {
    String name = "";
    for (Path.Node node : violation.getPropertyPath()) {
      name = node.getName() == null ? name : node.getName();
    }
    return name;
  }

  private static Response.ResponseBuilder problem(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
  }

  private static void copyHeader(Response from, Response.ResponseBuilder to, String name) {
    Object value = from.getHeaders().getFirst(name);
    if (value != null) {
      to.header(name, value);
    }
  }
}
