package dev.testpod.operator.notification;

import dev.testpod.api.TestPodRelease;

/**
 * Callback for notifications that could not be delivered, called once per channel and transition
 * when the last attempt failed or the channel's configuration is invalid. It runs on a notifier
 * thread, never on the caller of {@link ReleaseNotifier#notify}.
 */
@FunctionalInterface
public interface DeliveryFailureListener {

  /**
   * Reports the failure.
   *
   * @param channel the channel's kind with its Secret and key, never its URL
   * @param detail what failed, such as {@code HTTP 400 after 1 attempt} or the missing key
   */
  void deliveryFailed(TestPodRelease release, String channel, String detail);

  /** Formats the message of the {@code NotificationFailed} event for a failure. */
  static String eventMessage(String channel, String detail) {
    return "Notification to " + channel + " failed: " + detail;
  }
}
