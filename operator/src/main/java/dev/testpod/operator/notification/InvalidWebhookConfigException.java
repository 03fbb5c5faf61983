package dev.testpod.operator.notification;

/**
 * A channel's URL cannot be read: the Secret or key is missing or the value is not an absolute
 * http(s) URL. The message names the Secret and key and never contains the value.
 */
public class InvalidWebhookConfigException extends Exception {

  public InvalidWebhookConfigException(String message) {
    super(message);
  }
}
