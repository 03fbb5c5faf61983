package dev.testpod.app.http;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Adds the security headers to every response, including errors written by Vert.x or the security
 * layer. They are set when the headers are sent, so no later handler can drop them.
 */
@ApplicationScoped
public class SecurityHeaders {

  /** Runs before every other route, so that the headers-end hook is in place for all responses. */
  static final int ROUTE_ORDER = Integer.MIN_VALUE + 100;

  void register(@Observes Router router) {
    router.route().order(ROUTE_ORDER).handler(this::addOnSend);
  }

  private void addOnSend(RoutingContext context) {
    HttpServerResponse response = context.response();
    String path = context.normalizedPath();
    context.addHeadersEndHandler(ignored -> {
      response.putHeader("X-Content-Type-Options", "nosniff");
      response.putHeader("X-Frame-Options", "DENY");
      response.putHeader("Referrer-Policy", "no-referrer");
      response.putHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
      if (carriesCredentials(path)) {
        response.putHeader("Cache-Control", "no-store");
        response.putHeader("Pragma", "no-cache");
      }
    });
    context.next();
  }

  /** Login replies carry tokens and /api replies carry per-user data: neither may be cached. */
  private static boolean carriesCredentials(String path) {
    return path.startsWith("/auth/") || path.equals("/token") || path.startsWith("/api/");
  }
}
