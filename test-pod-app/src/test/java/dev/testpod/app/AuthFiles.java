package dev.testpod.app;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A throwaway RSA key pair and users file written into a directory, as an operator of the app
 * would provide them. Every test user has {@link #PASSWORD}.
 */
public record AuthFiles(Path privateKey, Path publicKey, Path usersFile) {

  public static final String PASSWORD = "test-only-password";
  public static final String ISSUER = "https://issuer.test-pod.example";
  public static final String AUDIENCE = "test-pod-tests";

  /** Users and their roles. Each test that locks a name uses a user of its own. */
  public static final List<String> USER_LINES_TEMPLATE = List.of(
      "# test users",
      "alice:%s:viewer,operator",
      "bob:%s:viewer",
      "carol:%s:viewer",
      "dave:%s:");

  public static AuthFiles create(Path directory) {
    try {
      Files.createDirectories(directory);
      KeyPair keys = generateKeyPair();
      Path privateKey = directory.resolve("private-key.pem");
      Path publicKey = directory.resolve("public-key.pem");
      Path usersFile = directory.resolve("users.txt");
      Files.writeString(privateKey, pem("PRIVATE KEY", keys.getPrivate().getEncoded()));
      Files.writeString(publicKey, pem("PUBLIC KEY", keys.getPublic().getEncoded()));
      Files.write(usersFile, userLines());
      return new AuthFiles(privateKey, publicKey, usersFile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the settings that point the app at these files. */
  public Map<String, String> settings() {
    return Map.of(
        "smallrye.jwt.sign.key.location", privateKey.toString(),
        "mp.jwt.verify.publickey.location", publicKey.toString(),
        "mp.jwt.verify.issuer", ISSUER,
        "mp.jwt.verify.audiences", AUDIENCE,
        "testpod.auth.users-file", usersFile.toString());
  }

  /** One line per template entry, each user with a bcrypt hash of a different version prefix. */
  private static List<String> userLines() {
    BCrypt.Version[] versions = {BCrypt.Version.VERSION_2Y, BCrypt.Version.VERSION_2A,
        BCrypt.Version.VERSION_2B};
    int index = 0;
    List<String> lines = new java.util.ArrayList<>();
    for (String template : USER_LINES_TEMPLATE) {
      if (template.startsWith("#")) {
        lines.add(template);
        continue;
      }
      BCrypt.Version version = versions[index++ % versions.length];
      lines.add(String.format(template, hash(version)));
    }
    return lines;
  }

  private static String hash(BCrypt.Version version) {
    byte[] hash = BCrypt.with(version).hash(10, PASSWORD.toCharArray());
    return new String(hash, StandardCharsets.US_ASCII);
  }

  private static KeyPair generateKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String pem(String type, byte[] der) {
    String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
        .encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }
}
