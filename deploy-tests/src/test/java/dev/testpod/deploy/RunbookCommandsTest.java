package dev.testpod.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.testpod.api.Phase;
import dev.testpod.cli.KubectlTestpod;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Every {@code kubectl testpod} command line in ROLLBACK.md parses with the plugin's own parser. */
class RunbookCommandsTest {

  private static final String PREFIX = "kubectl testpod ";
  /** A command line in a code block or in an inline code span of the runbook. */
  private static final Pattern COMMAND = Pattern.compile("(?m)(?:^|`)(kubectl testpod [^`\\n]+)");

  @Test
  void everyCommandLineParses() throws IOException {
    List<String> commands = runbookCommands();

    assertThat(commands).as("kubectl testpod command lines in ROLLBACK.md").hasSizeGreaterThan(10);
    for (String command : commands) {
      ParseResult result = parse(command);
      assertThat(result.subcommand()).as("subcommand of '%s'", command).isNotNull();
    }
  }

  @Test
  void runbookUsesEveryRecoveryCommand() throws IOException {
    List<String> subcommands = runbookCommands().stream()
        .map(command -> parse(command).subcommand().commandSpec().name())
        .distinct()
        .toList();

    assertThat(subcommands).contains("status", "history", "events", "rollback", "retry", "pause",
        "resume", "wait", "apply");
  }

  @Test
  void awaitedPhasesExist() throws IOException {
    for (String command : runbookCommands()) {
      ParseResult wait = parse(command).subcommand();
      if (!wait.commandSpec().name().equals("wait")) {
        continue;
      }
      String awaited = wait.matchedOptionValue("--for", "");
      assertThat(awaited).as("--for of '%s'", command).startsWith("phase=");
      assertThat(Arrays.stream(Phase.values()).map(Phase::name))
          .as("phase in '%s'", command)
          .contains(awaited.substring("phase=".length()));
    }
  }

  @Test
  void rollbackTargetsAreRevisionsOrPrevious() throws IOException {
    List<String> targets = new ArrayList<>();
    for (String command : runbookCommands()) {
      ParseResult rollback = parse(command).subcommand();
      if (rollback.commandSpec().name().equals("rollback")) {
        targets.add(rollback.matchedOptionValue("--to", "previous"));
      }
    }

    assertThat(targets).as("rollback targets in ROLLBACK.md").isNotEmpty()
        .allSatisfy(target -> assertThat(target).matches("previous|[1-9][0-9]*"));
  }

  @Test
  void parserRejectsMisspelledCommand() {
    assertThatThrownBy(() -> parse("kubectl testpod rollbak test-pod"))
        .hasCauseInstanceOf(ParameterException.class)
        .hasMessageContaining("rollbak");
    assertThatThrownBy(() -> parse("kubectl testpod wait test-pod --fr phase=Succeeded"))
        .hasCauseInstanceOf(ParameterException.class)
        .hasMessageContaining("--fr");
    assertThatThrownBy(() -> parse("kubectl testpod history"))
        .hasCauseInstanceOf(ParameterException.class)
        .hasMessageContaining("NAME");
  }

  private static List<String> runbookCommands() throws IOException {
    String runbook = Files.readString(RepositoryLayout.root().resolve("ROLLBACK.md"));
    Matcher matcher = COMMAND.matcher(runbook);
    List<String> commands = new ArrayList<>();
    while (matcher.find()) {
      commands.add(matcher.group(1).strip());
    }
    return commands;
  }

  /** Parses COMMAND with the plugin's parser; a rejected line names itself in the exception. */
  private static ParseResult parse(String command) {
    String[] arguments = command.substring(PREFIX.length()).trim().split("\\s+");
    try {
      return KubectlTestpod.parse(arguments);
    } catch (ParameterException e) {
      throw new AssertionError("ROLLBACK.md command '" + command + "' is rejected: " + e.getMessage(), e);
    }
  }
}
