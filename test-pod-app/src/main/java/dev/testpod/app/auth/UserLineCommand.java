package dev.testpod.app.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Prints one users file line, {@code name:bcrypt-hash:roles}, for a password read from standard
 * input, so the password never appears in a process list or shell history. Usage:
 * {@code java -cp "quarkus-app/app/*:quarkus-app/lib/main/*" dev.testpod.app.auth.UserLineCommand
 * NAME [ROLE,ROLE]}.
 */
public final class UserLineCommand {

  /** bcrypt cost, the same as {@code htpasswd -nbBC 10}. */
  private static final int COST = 10;

  private UserLineCommand() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: UserLineCommand NAME [ROLE,ROLE] < password");
      System.exit(2);
    }
    BufferedReader input =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line = input.readLine();
    if (line == null || line.isBlank()) {
      System.err.println("The password on standard input is empty.");
      System.exit(2);
    }
    char[] password = line.toCharArray();
    String hash = new String(BCrypt.withDefaults().hash(COST, password), StandardCharsets.US_ASCII);
    Arrays.fill(password, '\0');
    String roles = args.length == 2 ? args[1] : "";
    System.out.println(args[0] + ":" + hash + ":" + roles);
  }
}
