package dev.testpod.app.auth;

import dev.testpod.app.auth.UsersFileParser.InvalidUsersFileException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** The accounts of the users file, loaded once at start-up. */
@ApplicationScoped
public class UserDirectory {

  private volatile Map<String, User> users = Map.of();

  /**
   * Reads and parses the users file, replacing the loaded accounts only when the whole file is
   * valid.
   *
   * @throws IOException when the file cannot be read
   * @throws InvalidUsersFileException when a line is malformed or the file contains no users
   */
  public void load(Path usersFile) throws IOException, InvalidUsersFileException {
    users = Map.copyOf(UsersFileParser.parse(Files.readAllLines(usersFile)));
  }

  public Optional<User> find(String name) {
    return Optional.ofNullable(users.get(name));
  }

  public int size() {
    return users.size();
  }
}
