package dev.testpod.app.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SecretRedactorTest {
  private final SecretRedactor redactor = new SecretRedactor(List.of("s3cr3t-value", ""));

  @Test
  void masksConfiguredSecret() {
    assertThat(redactor.redact("signature for s3cr3t-value failed"))
        .isEqualTo("signature for **** failed");
  }

  @Test
  void masksAccountKeyInConnectionString() {
    assertThat(redactor.redact("AccountName=a;AccountKey=abc+/==;BlobEndpoint=http://x"))
        .isEqualTo("AccountName=a;AccountKey=****;BlobEndpoint=http://x");
  }

  @Test
  void keepsTextWithoutSecrets() {
    assertThat(redactor.redact("Connection refused")).isEqualTo("Connection refused");
    assertThat(redactor.redact(null)).isNull();
  }
}
