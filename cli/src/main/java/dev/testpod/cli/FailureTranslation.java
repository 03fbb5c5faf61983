package dev.testpod.cli;

import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.net.HttpURLConnection;

/** Turns an exception from a command into the one line and exit code that a person or pipeline reads. */
final class FailureTranslation {

  private FailureTranslation() {}

  static CliException translate(Exception exception, String server) {
    if (exception instanceof CliException cliException) {
      return cliException;
    }
    if (exception instanceof KubernetesClientException clientException) {
      return translateClientFailure(clientException, server);
    }
    if (exception instanceof IOException) {
      return CliException.usage(exception.getMessage());
    }
    return new CliException(ExitCode.USAGE, "unexpected failure: " + exception, exception);
  }

  private static CliException translateClientFailure(KubernetesClientException exception, String server) {
    Throwable ioFailure = ioCause(exception);
    if (exception.getCode() <= 0 && ioFailure != null) {
      return CliException.usage("cannot reach the Kubernetes API server at " + server + ": " + describe(ioFailure)
          + "; check --kubeconfig and that the cluster is running");
    }
    if (exception.getCode() == HttpURLConnection.HTTP_UNAUTHORIZED || exception.getCode() == HttpURLConnection.HTTP_FORBIDDEN) {
      return CliException.usage("the API server at " + server + " rejected the request (HTTP " + exception.getCode()
          + "); check the kubeconfig's credentials and permissions");
    }
    if (exception.getCode() == HttpURLConnection.HTTP_NOT_FOUND) {
      return CliException.usage("not found on the API server at " + server
          + "; is the TestPodRelease CRD installed? (" + firstLine(exception.getMessage()) + ")");
    }
    return CliException.usage("request to the API server at " + server + " failed: " + firstLine(exception.getMessage()));
  }

  private static Throwable ioCause(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof IOException) {
        return cause;
      }
    }
    return null;
  }

  private static String describe(Throwable cause) {
    String message = cause.getMessage();
    return message == null || message.isBlank() ? cause.getClass().getSimpleName() : firstLine(message);
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "no message";
    }
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }
}
