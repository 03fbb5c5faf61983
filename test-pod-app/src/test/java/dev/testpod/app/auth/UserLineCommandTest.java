package dev.testpod.app.auth;

import static org.assertj.core.api.Assertions.assertThat;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UserLineCommandTest {

  private final InputStream originalIn = System.in;
  private final PrintStream originalOut = System.out;

  @AfterEach
  void restoreStreams() {
    System.setIn(originalIn);
    System.setOut(originalOut);
  }

  @Test
  void printsLineTheParserAccepts() throws Exception {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    System.setIn(new ByteArrayInputStream("demo password\n".getBytes(StandardCharsets.UTF_8)));
    System.setOut(new PrintStream(output, true, StandardCharsets.UTF_8));

    UserLineCommand.main(new String[] {"demo", "viewer,operator"});

    String line = output.toString(StandardCharsets.UTF_8).strip();
    assertThat(line).doesNotContain("demo password");
    Map<String, User> users = UsersFileParser.parse(List.of(line));
    User demo = users.get("demo");
    assertThat(demo.roles()).containsExactly("viewer", "operator");
    assertThat(BCrypt.verifyer().verify("demo password".toCharArray(), demo.passwordHash())
        .verified).isTrue();
  }
}
