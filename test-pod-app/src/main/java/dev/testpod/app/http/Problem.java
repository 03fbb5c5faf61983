package dev.testpod.app.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;

/** Error body in the RFC 9457 "problem details" form, sent as {@code application/problem+json}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** Returns a problem of the generic type {@code about:blank}, titled by the status phrase. */
  public static Problem of(int status, String detail, String instance) {
    return new Problem("about:blank", title(status), status, detail, instance);
  }

  private static String title(int status) {
    if (status == 429) {
      return "Too Many Requests";
    }
    Response.Status known = Response.Status.fromStatusCode(status);
    return known == null ? "HTTP " + status : known.getReasonPhrase();
  }
}
