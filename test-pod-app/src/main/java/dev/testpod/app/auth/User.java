package dev.testpod.app.auth;

import java.util.Set;

/** One account of the users file. The hash is a bcrypt hash, never a plaintext password. */
public record User(String name, String passwordHash, Set<String> roles) {

  @Override
  public String toString() {
    return "User[name=" + name + ", roles=" + roles + "]";
  }
}
