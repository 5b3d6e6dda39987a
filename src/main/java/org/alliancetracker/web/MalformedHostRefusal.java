package org.alliancetracker.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.VertxException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A request whose Host header is not a host and port is refused by Vert.x's router before any route, and Quarkus's
 * own error handler would answer it (with the exception's name, and in test mode its stack). This answers it as
 * every other bad request is answered: a problem document, naming nothing of the server.
 */
@ApplicationScoped
public class MalformedHostRefusal {

    static final String PROBLEM = "{\"type\":\"about:blank\",\"title\":\"Bad request\",\"status\":400,"
            + "\"detail\":\"The Host header is not a host name with an optional port.\"}";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::refuse);
    }

    private void refuse(RoutingContext routing) {
        Throwable failure = routing.failure();
        if (routing.statusCode() != 400 || !(failure instanceof VertxException)
                || failure.getMessage() == null || !failure.getMessage().contains("'Host' header")
                || routing.response().headWritten()) {
            routing.next();
            return;
        }
        routing.response().setStatusCode(400).putHeader("Content-Type", ErrorPages.PROBLEM_JSON)
                .putHeader("Cache-Control", "no-store").end(PROBLEM);
    }
}
