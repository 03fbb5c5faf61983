package dev.testpod.app.http;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Replies with a problem+json 404 to requests that no REST resource or built-in route handles. */
@ApplicationScoped
public class NotFoundRoute {

  void register(@Observes Router router) {
    router.route().order(Integer.MAX_VALUE).handler(NotFoundRoute::notFound);
  }

  private static void notFound(RoutingContext context) {
    String path = context.normalizedPath();
    Problem problem = Problem.of(404, "No resource at " + path + ".", path);
    context.response()
        .setStatusCode(404)
        .putHeader("Content-Type", Problem.MEDIA_TYPE)
        .end(JsonObject.mapFrom(problem).encode());
  }
}
