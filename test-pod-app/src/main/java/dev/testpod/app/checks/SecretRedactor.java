package dev.testpod.app.checks;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Removes configured secrets from text before it leaves a check. Client libraries sometimes quote
 * a request or a connection string in an error message, so every message passes through here.
 */
final class SecretRedactor {
  static final String MASK = "****";
  private static final Pattern SECRET_FIELDS = Pattern.compile(
      "(?i)(AccountKey|SharedAccessSignature|password|secret|sig)=([^;&\\s]+)");

  private final List<String> secrets;

  SecretRedactor(List<String> secrets) {
    this.secrets = secrets.stream().filter(Objects::nonNull).filter(s -> !s.isBlank()).toList();
  }

  String redact(String text) {
    if (text == null) {
      return null;
    }
    String result = text;
    for (String secret : secrets) {
      result = result.replace(secret, MASK);
    }
    return SECRET_FIELDS.matcher(result).replaceAll("$1=" + MASK);
  }
}
