package dev.testpod.operator.notification;

/** Renders an outcome report as the HTTP request body one kind of receiver expects. */
public interface PayloadFormat {

  Payload render(OutcomeReport report);
}
