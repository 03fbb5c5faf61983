package dev.testpod.app.checks;

import com.azure.core.http.HttpClient;
import com.azure.core.util.HttpClientOptions;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobServiceClient;
import com.azure.storage.blob.BlobServiceClientBuilder;
import com.azure.storage.blob.models.BlobErrorCode;
import com.azure.storage.blob.models.BlobStorageException;
import com.azure.storage.blob.models.ListBlobsOptions;
import com.azure.storage.common.StorageSharedKeyCredential;
import com.azure.storage.common.policy.RequestRetryOptions;
import com.azure.storage.common.policy.RetryPolicyType;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * Lists at most one blob of the configured Azure Blob container. A successful listing proves that
 * the container exists and that the credentials may read it. Unlike a HEAD request, a failed
 * listing carries the error code and message that distinguish the failure kinds.
 */
final class BlobCheck implements DependencyCheck {
  private final ChecksConfig.BlobSettings settings;
  private final Executor executor;
  private final BlobContainerClient container;
  private final CheckTarget target;

  BlobCheck(ChecksConfig.BlobSettings settings, Executor executor) {
    this.settings = settings;
    this.executor = executor;
    BlobServiceClient service = serviceClient(settings);
    this.container = service.getBlobContainerClient(settings.container().orElseThrow());
    this.target = new CheckTarget("blob", "Azure Blob Storage", service.getAccountUrl(),
        "testpod.checks.blob.connection-string or testpod.checks.blob.endpoint",
        "testpod.checks.blob.connection-string or testpod.checks.blob.account-name and"
            + " testpod.checks.blob.account-key",
        "container", container.getBlobContainerName());
  }

  private static BlobServiceClient serviceClient(ChecksConfig.BlobSettings settings) {
    Duration timeout = settings.timeout();
    HttpClientOptions http = new HttpClientOptions()
        .setConnectTimeout(timeout)
        .setWriteTimeout(timeout)
        .setResponseTimeout(timeout)
        .setReadTimeout(timeout);
    BlobServiceClientBuilder builder = new BlobServiceClientBuilder()
        .httpClient(HttpClient.createDefault(http))
        // One try: the check reports the dependency as it is now, within its timeout.
        .retryOptions(new RequestRetryOptions(RetryPolicyType.FIXED, 1, (Integer) null,
            null, null, null));
    if (settings.connectionString().isPresent()) {
      try {
        builder.connectionString(settings.connectionString().get());
      } catch (IllegalArgumentException e) {
        // The library's message may quote the connection string, so it is not passed on.
        throw new IllegalStateException("testpod.checks.blob.connection-string is invalid: it"
            + " must contain AccountName, AccountKey and BlobEndpoint or DefaultEndpointsProtocol.");
      }
    } else {
      builder.endpoint(settings.endpoint().orElseThrow())
          .credential(new StorageSharedKeyCredential(
              settings.accountName().orElseThrow(), settings.accountKey().orElseThrow()));
    }
    return builder.buildClient();
  }

  @Override
  public CheckTarget target() {
    return target;
  }

  @Override
  public ChecksConfig.CommonSettings settings() {
    return settings;
  }

  @Override
  public CompletionStage<Map<String, Object>> probe(Duration timeout) {
    return CompletableFuture.supplyAsync(() -> listOneBlob(timeout), executor);
  }

  private Map<String, Object> listOneBlob(Duration timeout) {
    int listed = container.listBlobs(new ListBlobsOptions().setMaxResultsPerPage(1), timeout)
        .streamByPage()
        .findFirst()
        .map(page -> page.getValue().size())
        .orElse(0);
    return Map.of("container", target.resourceName(), "blobsListed", listed);
  }

  @Override
  public Optional<FailureKind> classify(Throwable error) {
    if (!(error instanceof BlobStorageException storageError)) {
      return Optional.empty();
    }
    BlobErrorCode code = storageError.getErrorCode();
    if (BlobErrorCode.CONTAINER_NOT_FOUND.equals(code)) {
      return Optional.of(FailureKind.RESOURCE_MISSING);
    }
    if (BlobErrorCode.AUTHENTICATION_FAILED.equals(code) || isBadSignature(storageError)) {
      return Optional.of(FailureKind.AUTHENTICATION_FAILED);
    }
    if (BlobErrorCode.AUTHORIZATION_PERMISSION_MISMATCH.equals(code)
        || BlobErrorCode.AUTHORIZATION_FAILURE.equals(code)
        || BlobErrorCode.INSUFFICIENT_ACCOUNT_PERMISSIONS.equals(code)) {
      return Optional.of(FailureKind.PERMISSION_DENIED);
    }
    return Optional.empty();
  }

  /**
   * Azurite rejects a wrong account key with AuthorizationFailure where Azure returns
   * AuthenticationFailed. Both messages state that the server "failed to authenticate the request".
   */
  private static boolean isBadSignature(BlobStorageException error) {
    String message = error.getServiceMessage();
    return message != null && message.contains("failed to authenticate");
  }

  @Override
  public Optional<String> describe(Throwable error) {
    if (error instanceof BlobStorageException storageError) {
      // The service message can quote the string the server signed, so only the code is kept.
      return Optional.of("HTTP " + storageError.getStatusCode() + " " + storageError.getErrorCode());
    }
    return Optional.empty();
  }
}
