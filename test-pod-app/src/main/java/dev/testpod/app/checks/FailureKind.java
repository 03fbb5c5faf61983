package dev.testpod.app.checks;

/** Cause of a failed dependency check. Each kind has its own remediation. */
public enum FailureKind {
  DNS_NAME_NOT_FOUND,
  CONNECTION_REFUSED,
  TIMED_OUT,
  TLS_HANDSHAKE_FAILED,
  AUTHENTICATION_FAILED,
  /** The database, keyspace, container or bucket named in the settings does not exist. */
  RESOURCE_MISSING,
  PERMISSION_DENIED,
  UNEXPECTED
}
