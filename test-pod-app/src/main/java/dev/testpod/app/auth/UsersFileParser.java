package dev.testpod.app.auth;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses users file lines of the form {@code name:bcrypt-hash:role1,role2}. Blank lines and lines
 * starting with {@code #} are skipped. Error messages name the line but never quote the hash.
 */
public final class UsersFileParser {

  /** bcrypt in modular crypt form as written by {@code htpasswd -nbBC 10}: version, cost, 53 chars. */
  private static final Pattern BCRYPT_HASH =
      Pattern.compile("\\$2[aby]\\$(0[4-9]|[12][0-9]|3[01])\\$[./A-Za-z0-9]{53}");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,128}");
  private static final Pattern ROLE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  /** Raised for a line that is not a valid user entry; the message names the line number. */
  public static class InvalidUsersFileException extends Exception {
    public InvalidUsersFileException(String message) {
      super(message);
    }
  }

  private UsersFileParser() {}

  /** Returns the users by name, in file order. */
  public static Map<String, User> parse(List<String> lines) throws InvalidUsersFileException {
    Map<String, User> users = new LinkedHashMap<>();
    for (int index = 0; index < lines.size(); index++) {
      String line = lines.get(index).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      User user = parseLine(line, index + 1);
      if (users.putIfAbsent(user.name(), user) != null) {
        throw new InvalidUsersFileException(
            "line " + (index + 1) + ": user '" + user.name() + "' is defined twice");
      }
    }
    if (users.isEmpty()) {
      throw new InvalidUsersFileException("the file contains no users");
    }
    return users;
  }

  private static User parseLine(String line, int lineNumber) throws InvalidUsersFileException {
    String[] fields = line.split(":", -1);
    if (fields.length < 2 || fields.length > 3) {
      throw new InvalidUsersFileException(
          "line " + lineNumber + ": expected 'name:bcrypt-hash:role1,role2'");
    }
    String name = fields[0];
    if (!NAME.matcher(name).matches()) {
      throw new InvalidUsersFileException("line " + lineNumber
          + ": the user name must be 1 to 128 letters, digits or the characters . _ @ -");
    }
    if (!BCRYPT_HASH.matcher(fields[1]).matches()) {
      throw new InvalidUsersFileException("line " + lineNumber + ": the password of user '" + name
          + "' is not a bcrypt hash ($2a$, $2b$ or $2y$); create one with 'htpasswd -nbBC 10 NAME'");
    }
    Set<String> roles = fields.length == 3 ? parseRoles(fields[2], lineNumber) : Set.of();
    return new User(name, fields[1], roles);
  }

  private static Set<String> parseRoles(String field, int lineNumber)
      throws InvalidUsersFileException {
    Set<String> roles = new LinkedHashSet<>();
    for (String role : Arrays.asList(field.split(","))) {
      String trimmed = role.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      if (!ROLE.matcher(trimmed).matches()) {
        throw new InvalidUsersFileException("line " + lineNumber + ": invalid role '" + trimmed
            + "': use 1 to 64 letters, digits or the characters . _ -");
      }
      roles.add(trimmed);
    }
    return Collections.unmodifiableSet(roles);
  }
}
