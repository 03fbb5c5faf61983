package dev.testpod.app.checks;

import java.time.Duration;

/** Builds the message and the remediation hint of a failed check from its failure kind. */
final class Remediation {
  private Remediation() {}

  static String message(FailureKind kind, CheckTarget target, Duration timeout) {
    return switch (kind) {
      case DNS_NAME_NOT_FOUND -> "Host name of " + target.address() + " not found.";
      case CONNECTION_REFUSED -> "Connection refused by " + target.address() + ".";
      case TIMED_OUT -> target.product() + " at " + target.address() + " did not respond within "
          + timeout.toMillis() + " ms.";
      case TLS_HANDSHAKE_FAILED -> "TLS handshake with " + target.address() + " failed.";
      case AUTHENTICATION_FAILED -> target.product() + " at " + target.address()
          + " rejected the credentials.";
      case RESOURCE_MISSING -> target.product() + " " + resource(target) + " does not exist at "
          + target.address() + ".";
      case PERMISSION_DENIED -> "Permission denied on " + target.product() + " "
          + resource(target) + ".";
      case UNEXPECTED -> target.product() + " check against " + target.address() + " failed.";
    };
  }

  static String hint(FailureKind kind, CheckTarget target) {
    return switch (kind) {
      case DNS_NAME_NOT_FOUND -> "DNS name not found: check the host name in "
          + target.addressSettings() + " and that the cluster DNS resolves it from this pod.";
      case CONNECTION_REFUSED -> "Connection refused: check that the " + target.product()
          + " server is running and listening on the host and port in "
          + target.addressSettings() + ".";
      case TIMED_OUT -> "Timed out: check network policies and firewalls between this pod and "
          + target.address() + ", and that this port belongs to " + target.product()
          + ". Raise " + target.setting("timeout") + " only if the server is known to be slow.";
      case TLS_HANDSHAKE_FAILED -> "TLS handshake failed: check that the server certificate is"
          + " valid and trusted and that the TLS setting in " + target.addressSettings()
          + " matches the server.";
      case AUTHENTICATION_FAILED -> "Authentication failed: check " + target.credentialSettings()
          + " against the account configured on the " + target.product() + " server.";
      case RESOURCE_MISSING -> "The " + target.resourceType() + " is missing: create "
          + resource(target) + " or correct " + target.setting(target.resourceType()) + ".";
      case PERMISSION_DENIED -> "Permission denied: grant the configured account read access to "
          + resource(target) + ".";
      case UNEXPECTED -> "Unexpected error: read the app log and the " + target.product()
          + " server log for the cause.";
    };
  }

  /** Names the checked resource, such as "bucket 'logs'", or only its type when none is set. */
  private static String resource(CheckTarget target) {
    return target.resourceName() == null
        ? target.resourceType()
        : target.resourceType() + " '" + target.resourceName() + "'";
  }
}
