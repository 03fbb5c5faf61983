package dev.testpod.app.checks;

/**
 * Server a check connects to, described without credentials so that messages and remediations can
 * name it.
 *
 * @param name check name, also the segment in {@code testpod.checks.<name>.*}
 * @param product server product, such as "PostgreSQL"
 * @param address host and port or endpoint URL, never with credentials
 * @param addressSettings settings that choose the address
 * @param credentialSettings settings that hold the credentials
 * @param resourceType "database", "keyspace", "container" or "bucket"
 * @param resourceName the configured resource, or null when none is checked
 */
record CheckTarget(
    String name,
    String product,
    String address,
    String addressSettings,
    String credentialSettings,
    String resourceType,
    String resourceName) {

  String setting(String key) {
    return "testpod.checks." + name + "." + key;
  }
}
