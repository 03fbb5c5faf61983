package dev.testpod.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import org.testcontainers.images.builder.ImageFromDockerfile;

/**
 * The app image plus the files it needs to start: a users file and an RS256 key pair under
 * /etc/testpod. A TestPodRelease passes only environment variables, so the files are baked into a
 * test-only image layer; the env variables that name them are {@link #ENV}.
 */
final class AppTestImage {

  /** Environment the release must pass so that the app finds the baked-in files. */
  static final List<String[]> ENV = List.of(
      new String[] {"TESTPOD_AUTH_USERS_FILE", "/etc/testpod/users"},
      new String[] {"SMALLRYE_JWT_SIGN_KEY_LOCATION", "/etc/testpod/private-key.pem"},
      new String[] {"MP_JWT_VERIFY_PUBLICKEY_LOCATION", "/etc/testpod/public-key.pem"});

  /** bcrypt (cost 10) of the throwaway password "ci-only-password"; the suite never logs in. */
  private static final String USERS = "ci:$2b$10$5AR2oqJ78d79qSIpbGifXetQwjSrgycu8p.Ecv3xHymrdW.zObmSe:viewer\n";

  private AppTestImage() {}

  /** Builds BASE plus the files as NAME (repository:tag) in the local Docker engine. */
  static void build(String base, String name, Path workDir) throws IOException {
    KeyPair keys = generateKeyPair();
    Path users = write(workDir.resolve("users"), USERS);
    Path privateKey = write(workDir.resolve("private-key.pem"),
        pem("PRIVATE KEY", keys.getPrivate().getEncoded()));
    Path publicKey = write(workDir.resolve("public-key.pem"),
        pem("PUBLIC KEY", keys.getPublic().getEncoded()));

    new ImageFromDockerfile(name, false)
        .withFileFromPath("users", users)
        .withFileFromPath("private-key.pem", privateKey)
        .withFileFromPath("public-key.pem", publicKey)
        .withDockerfileFromBuilder(dockerfile -> dockerfile
            .from(base)
            .copy("users", "/etc/testpod/users")
            .copy("private-key.pem", "/etc/testpod/private-key.pem")
            .copy("public-key.pem", "/etc/testpod/public-key.pem")
            .build())
        .get();
  }

  private static KeyPair generateKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("RSA key generation is not available in this JVM", e);
    }
  }

  private static String pem(String type, byte[] der) {
    String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }

  private static Path write(Path file, String content) throws IOException {
    Files.writeString(file, content, StandardCharsets.US_ASCII);
    return file;
  }
}
