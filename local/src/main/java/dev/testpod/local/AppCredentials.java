package dev.testpod.local;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The token key pair and users file every app pod needs at start, generated once per local cluster.
 * The password of the single user {@code admin} is written to a file that only the owner can read.
 */
public final class AppCredentials {

  /** Issuer and audience of tokens, as the app's defaults set them. */
  static final String TOKEN_ISSUER = "test-pod-app";
  static final String USER = "admin";
  private static final int BCRYPT_COST = 10;

  private final Path privateKey;
  private final Path publicKey;
  private final Path usersFile;
  private final Path passwordFile;

  private AppCredentials(Path directory) {
    this.privateKey = directory.resolve("jwt-private.pem");
    this.publicKey = directory.resolve("jwt-public.pem");
    this.usersFile = directory.resolve("users");
    this.passwordFile = directory.resolve("admin-password");
  }

  public static AppCredentials generate(Path directory) throws IOException {
    Files.createDirectories(directory);
    AppCredentials credentials = new AppCredentials(directory);
    credentials.writeKeyPair();
    credentials.writeUser();
    return credentials;
  }

  /** Environment variables that point the app at these files. */
  public Map<String, String> environment() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("SMALLRYE_JWT_SIGN_KEY_LOCATION", privateKey.toAbsolutePath().toString());
    env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toAbsolutePath().toString());
    env.put("MP_JWT_VERIFY_ISSUER", TOKEN_ISSUER);
    env.put("MP_JWT_VERIFY_AUDIENCES", TOKEN_ISSUER);
    env.put("TESTPOD_AUTH_USERS_FILE", usersFile.toAbsolutePath().toString());
    return env;
  }

  public Path passwordFile() {
    return passwordFile;
  }

  private void writeKeyPair() throws IOException {
    KeyPair pair;
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      pair = generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSA key generation is not available in this JVM", e);
    }
    writeOwnerOnly(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
    Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
  }

  private void writeUser() throws IOException {
    byte[] secret = new byte[18];
    new SecureRandom().nextBytes(secret);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    String hash = BCrypt.withDefaults().hashToString(BCRYPT_COST, password.toCharArray());
    writeOwnerOnly(usersFile, USER + ":" + hash + ":admin,user\n");
    writeOwnerOnly(passwordFile, password + "\n");
  }

  private static String pem(String type, byte[] der) {
    String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }

  private static void writeOwnerOnly(Path file, String text) throws IOException {
    Files.deleteIfExists(file);
    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(file, text);
  }
}
