package dev.testpod.app.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.testpod.app.auth.UsersFileParser.InvalidUsersFileException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UsersFileParserTest {

  /** Strings in bcrypt hash form. The parser checks only the form, so they hash nothing. */
  private static final String HASH_2Y = "$2y$10$" + "a".repeat(53);
  private static final String HASH_2A = "$2a$12$" + "B./9".repeat(13) + "z";
  private static final String HASH_2B = "$2b$04$" + "0".repeat(53);

  @Test
  void parsesUsersAndRoles() throws Exception {
    Map<String, User> users = UsersFileParser.parse(List.of(
        "# operators",
        "",
        "alice:" + HASH_2Y + ":viewer,operator",
        "  bob:" + HASH_2A + ":viewer  ",
        "carol:" + HASH_2B));

    assertThat(users).containsOnlyKeys("alice", "bob", "carol");
    assertThat(users.get("alice").roles()).containsExactly("viewer", "operator");
    assertThat(users.get("alice").passwordHash()).isEqualTo(HASH_2Y);
    assertThat(users.get("bob").roles()).containsExactly("viewer");
    assertThat(users.get("carol").roles()).isEmpty();
  }

  @Test
  void emptyFileIsRejected() {
    assertThatThrownBy(() -> UsersFileParser.parse(List.of("# nobody", "")))
        .isInstanceOf(InvalidUsersFileException.class)
        .hasMessage("the file contains no users");
  }

  @Test
  void plaintextPasswordIsRejectedWithoutEchoingIt() {
    assertThatThrownBy(() -> UsersFileParser.parse(List.of("alice:hunter2:viewer")))
        .isInstanceOf(InvalidUsersFileException.class)
        .hasMessageStartingWith("line 1: the password of user 'alice' is not a bcrypt hash")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void unsupportedHashVersionIsRejected() {
    String md5Crypt = "$1$saltsalt$" + "q".repeat(22);
    assertThatThrownBy(() -> UsersFileParser.parse(List.of("alice:" + md5Crypt)))
        .hasMessageContaining("not a bcrypt hash")
        .hasMessageNotContaining(md5Crypt);
  }

  @Test
  void lineWithoutHashIsRejected() {
    assertThatThrownBy(() -> UsersFileParser.parse(List.of("alice:" + HASH_2Y, "bob")))
        .hasMessage("line 2: expected 'name:bcrypt-hash:role1,role2'");
  }

  @Test
  void duplicateUserIsRejected() {
    assertThatThrownBy(() -> UsersFileParser.parse(List.of("alice:" + HASH_2Y,
        "alice:" + HASH_2A)))
        .hasMessage("line 2: user 'alice' is defined twice");
  }

  @Test
  void invalidNameAndRoleAreRejected() {
    assertThatThrownBy(() -> UsersFileParser.parse(List.of("al ice:" + HASH_2Y)))
        .hasMessageStartingWith("line 1: the user name must be");
    assertThatThrownBy(() -> UsersFileParser.parse(List.of("alice:" + HASH_2Y + ":view er")))
        .hasMessageStartingWith("line 1: invalid role 'view er'");
  }
}
