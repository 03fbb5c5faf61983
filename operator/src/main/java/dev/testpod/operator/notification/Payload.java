package dev.testpod.operator.notification;

/** An HTTP request body with its media type. */
public record Payload(String contentType, byte[] body) {}
