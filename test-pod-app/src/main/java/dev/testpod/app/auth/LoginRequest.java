package dev.testpod.app.auth;

/** Body of {@code POST /auth/login}. */
public record LoginRequest(String username, String password) {

  @Override
  public String toString() {
    return "LoginRequest[username=" + username + "]";
  }
}
