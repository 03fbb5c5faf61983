package dev.testpod.app.auth;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Login endpoints: JSON at {@code /auth/login}, OAuth 2.0 password grant form at {@code /token}. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class LoginResource {

  private final LoginService logins;

  LoginResource(LoginService logins) {
    this.logins = logins;
  }

  @POST
  @Path("auth/login")
  @Consumes(MediaType.APPLICATION_JSON)
  public AccessToken login(LoginRequest request) {
    if (request == null) {
      throw new BadRequestException("The request body must be a JSON object with 'username' and 'password'.");
    }
    return logins.login(request.username(), request.password());
  }

  @POST
  @Path("token")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public AccessToken token(@FormParam("grant_type") String grantType,
      @FormParam("username") String username, @FormParam("password") String password) {
    if (grantType != null && !grantType.equals("password")) {
      throw new BadRequestException(
          "Unsupported grant_type '" + grantType + "': only 'password' is supported.");
    }
    return logins.login(username, password);
  }
}
