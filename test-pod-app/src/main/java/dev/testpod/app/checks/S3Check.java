package dev.testpod.app.checks;

import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.Result;
import io.minio.errors.ErrorResponseException;
import io.minio.messages.Item;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * Lists at most one object of the configured S3 bucket. A successful listing proves that the
 * bucket exists and that the credentials may read it. Unlike a HEAD request, a failed listing
 * carries the S3 error code, which distinguishes a bad signature from a missing permission.
 */
final class S3Check implements DependencyCheck {
  private static final Set<String> AUTHENTICATION_CODES = Set.of(
      "SignatureDoesNotMatch", "InvalidAccessKeyId", "InvalidToken", "ExpiredToken",
      "AuthorizationHeaderMalformed", "InvalidSecurity");

  private final ChecksConfig.S3Settings settings;
  private final Executor executor;
  private final OkHttpClient http;
  private final MinioClient client;
  private final CheckTarget target;

  S3Check(ChecksConfig.S3Settings settings, Executor executor) {
    this.settings = settings;
    this.executor = executor;
    Duration timeout = settings.timeout();
    this.http = new OkHttpClient.Builder()
        .connectTimeout(timeout)
        .readTimeout(timeout)
        .writeTimeout(timeout)
        .callTimeout(timeout)
        .retryOnConnectionFailure(false)
        // Each run opens a new connection: the check proves that the endpoint accepts one, and a
        // pooled connection closed by a restarted server would fail the next run for no reason.
        .connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS))
        .build();
    this.client = MinioClient.builder()
        .endpoint(settings.endpoint().orElseThrow())
        .region(settings.region())
        .credentials(settings.accessKey().orElseThrow(), settings.secretKey().orElseThrow())
        .httpClient(http)
        .build();
    this.target = new CheckTarget("s3", "S3", settings.endpoint().orElseThrow(),
        "testpod.checks.s3.endpoint",
        "testpod.checks.s3.access-key and testpod.checks.s3.secret-key",
        "bucket", settings.bucket().orElseThrow());
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
    return CompletableFuture.supplyAsync(this::listOneObject, executor);
  }

  private Map<String, Object> listOneObject() {
    Iterator<Result<Item>> objects = client.listObjects(ListObjectsArgs.builder()
            .bucket(target.resourceName())
            .maxKeys(1)
            .build())
        .iterator();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("bucket", target.resourceName());
    details.put("region", settings.region());
    int listed = 0;
    if (objects.hasNext()) {
      readOrThrow(objects.next());
      listed = 1;
    }
    details.put("objectsListed", listed);
    return details;
  }

  private static void readOrThrow(Result<Item> result) {
    try {
      result.get();
    } catch (Exception e) {
      throw new java.util.concurrent.CompletionException(e);
    }
  }

  @Override
  public Optional<FailureKind> classify(Throwable error) {
    if (!(error instanceof ErrorResponseException responseError)) {
      return Optional.empty();
    }
    String code = responseError.errorResponse().code();
    if ("NoSuchBucket".equals(code)) {
      return Optional.of(FailureKind.RESOURCE_MISSING);
    }
    if (AUTHENTICATION_CODES.contains(code)) {
      return Optional.of(FailureKind.AUTHENTICATION_FAILED);
    }
    if ("AccessDenied".equals(code) || "AllAccessDisabled".equals(code)) {
      return Optional.of(FailureKind.PERMISSION_DENIED);
    }
    return Optional.empty();
  }

  @Override
  public Optional<String> describe(Throwable error) {
    if (error instanceof ErrorResponseException responseError) {
      return Optional.of("HTTP " + responseError.response().code() + " "
          + responseError.errorResponse().code());
    }
    return Optional.empty();
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
