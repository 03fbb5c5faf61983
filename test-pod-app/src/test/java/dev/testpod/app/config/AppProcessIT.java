package dev.testpod.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testpod.app.AppProcess;
import dev.testpod.app.AuthFiles;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts the packaged app the way local mode and pods do: env variables and key files only. */
class AppProcessIT {

  @TempDir
  Path directory;

  private final HttpClient http = HttpClient.newHttpClient();

  /** Returns the environment that local mode passes to one pod's process. */
  private Map<String, String> podEnvironment(AuthFiles files) {
    Map<String, String> env = new HashMap<>();
    env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
    env.put("QUARKUS_HTTP_PORT", "0");
    env.put("TESTPOD_VERSION", "1.4.2");
    env.put("SMALLRYE_JWT_SIGN_KEY_LOCATION", files.privateKey().toString());
    env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", files.publicKey().toString());
    env.put("TESTPOD_AUTH_USERS_FILE", files.usersFile().toString());
    return env;
  }

  private HttpResponse<String> get(String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String startFailure(Map<String, String> env) throws Exception {
    try (AppProcess app = AppProcess.start(env, directory)) {
      int exitCode = app.awaitExit();
      String output = app.output();
      assertThat(exitCode).as("exit code, output:\n%s", output).isNotZero();
      assertThat(output).as("no stack trace").doesNotContain("\tat ");
      return output;
    }
  }

  @Test
  void startsFromPodEnvironment() throws Exception {
    AuthFiles files = AuthFiles.create(directory.resolve("auth"));

    try (AppProcess app = AppProcess.start(podEnvironment(files), directory)) {
      String baseUrl = app.awaitListening();

      HttpResponse<String> version = get(baseUrl + "/version");
      assertThat(version.statusCode()).isEqualTo(200);
      assertThat(version.body()).contains("\"version\":\"1.4.2\"");
      assertThat(get(baseUrl + "/health/ready").statusCode()).isEqualTo(200);
      HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/token"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(
                  "grant_type=password&username=alice&password=" + AuthFiles.PASSWORD))
              .build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    }
  }

  @Test
  void missingPrivateKeyStopsStart() throws Exception {
    AuthFiles files = AuthFiles.create(directory.resolve("auth"));
    Map<String, String> env = podEnvironment(files);
    Path missing = directory.resolve("no-such-key.pem");
    env.put("SMALLRYE_JWT_SIGN_KEY_LOCATION", missing.toString());

    String output = startFailure(env);

    assertThat(output).contains(
        "smallrye.jwt.sign.key.location=" + missing + ": the file does not exist.");
  }

  @Test
  void unsetPublicKeyStopsStart() throws Exception {
    AuthFiles files = AuthFiles.create(directory.resolve("auth"));
    Map<String, String> env = podEnvironment(files);
    env.remove("MP_JWT_VERIFY_PUBLICKEY_LOCATION");

    assertThat(startFailure(env)).contains("mp.jwt.verify.publickey.location is not set");
  }

  @Test
  void invalidKeyFileStopsStart() throws Exception {
    AuthFiles files = AuthFiles.create(directory.resolve("auth"));
    Map<String, String> env = podEnvironment(files);
    env.put("SMALLRYE_JWT_SIGN_KEY_LOCATION", files.publicKey().toString());
    String publicKeyBody = Files.readAllLines(files.publicKey()).get(1);

    String output = startFailure(env);

    assertThat(output).contains("smallrye.jwt.sign.key.location=" + files.publicKey()
        + ": the file is not a PEM RSA private key.");
    assertThat(output).doesNotContain(publicKeyBody);
  }

  @Test
  void emptyUsersFileStopsStart() throws Exception {
    AuthFiles files = AuthFiles.create(directory.resolve("auth"));
    Files.writeString(files.usersFile(), "# no users yet\n");

    String output = startFailure(podEnvironment(files));

    assertThat(output).contains(
        "testpod.auth.users-file=" + files.usersFile() + ": the file contains no users.");
  }

  @Test
  void plaintextPasswordStopsStart() throws Exception {
    AuthFiles files = AuthFiles.create(directory.resolve("auth"));
    Files.writeString(files.usersFile(), "alice:plain-secret-123:viewer\n");

    String output = startFailure(podEnvironment(files));

    assertThat(output).contains("testpod.auth.users-file=" + files.usersFile()
        + ": line 1: the password of user 'alice' is not a bcrypt hash");
    assertThat(output).doesNotContain("plain-secret-123");
  }

  @Test
  void tokenLifetimeOutOfRangeStopsStart() throws Exception {
    AuthFiles files = AuthFiles.create(directory.resolve("auth"));
    Map<String, String> env = podEnvironment(files);
    env.put("TESTPOD_AUTH_TOKEN_LIFETIME", "48h");

    assertThat(startFailure(env)).contains(
        "testpod.auth.token-lifetime=PT48H: must be between 1m and 24h.");
  }
}
