package dev.testpod.app.config;

import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Optional;

/**
 * Checks that a key location names a readable PEM key of the expected kind. Problems are
 * described by the setting and the location, never by the key material.
 */
final class KeyFileCheck {

  enum KeyKind { PRIVATE, PUBLIC }

  private KeyFileCheck() {}

  /** Returns a problem description, or empty when the key can be read and decoded. */
  static Optional<String> check(String setting, Optional<String> location, KeyKind kind) {
    if (location.isEmpty() || location.get().isBlank()) {
      return Optional.of(setting + " is not set: point it at the PEM "
          + kind.name().toLowerCase() + " key file.");
    }
    String value = location.get();
    String content;
    try {
      content = read(value);
    } catch (NoSuchFileException e) {
      return Optional.of(setting + "=" + value + ": the file does not exist.");
    } catch (IOException e) {
      return Optional.of(setting + "=" + value + ": the file cannot be read (" + e.getClass()
          .getSimpleName() + ").");
    }
    try {
      if (kind == KeyKind.PRIVATE) {
        KeyUtils.decodePrivateKey(content);
      } else {
        KeyUtils.decodePublicKey(content);
      }
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return Optional.of(setting + "=" + value + ": the file is not a PEM RSA "
          + kind.name().toLowerCase() + " key.");
    }
    return Optional.empty();
  }

  /** Reads a plain path or a file: URL from disk, anything else through SmallRye JWT. */
  private static String read(String location) throws IOException {
    if (location.startsWith("classpath:") || location.startsWith("http:")
        || location.startsWith("https:")) {
      String content = KeyUtils.readKeyContent(location);
      if (content == null) {
        throw new NoSuchFileException(location);
      }
      return content;
    }
    String path = location.startsWith("file:") ? location.substring("file:".length()) : location;
    return Files.readString(Path.of(path));
  }
}
