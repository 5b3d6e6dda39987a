package org.alliancetracker.web;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.alliancetracker.account.Sessions;
import org.alliancetracker.history.DataVersionClock;
import org.alliancetracker.history.DataVersionClock.DataVersion;

/**
 * Answers a visitor's or a bot's request for an answer already rendered, on the event loop, before the request
 * reaches JAX-RS: a 304 when the client's copy is current, else the kept bytes with the very headers the
 * application gave them when they were rendered. It only answers when all of that is known without the database
 * (the data version is held in memory) and nothing personal can be involved (no session or flash cookie, no
 * credentials); anything else goes on to the application as before, which applies the same rules more slowly.
 */
@ApplicationScoped
public class CacheHitRoute {

    @Inject
    DataVersionClock clock;

    @Inject
    RepresentationCache cache;

    @Inject
    RateLimiter limiter;

    @ConfigProperty(name = "quarkus.application.version", defaultValue = "dev")
    String applicationVersion;

    /** Quarkus's filters run at minus their priority (CORS at -300, authentication at -200). */
    static final int ORDER = -1_000;

    private final AtomicLong answered = new AtomicLong();
    private String sessionCookie;
    private String flashCookie;

    void install(@Observes Router router) {
        sessionCookie = Sessions.cookieName();
        flashCookie = Flash.cookieName();
        // After the configured headers, before CORS, authentication and the application's routes: a request with
        // an Origin (CORS) or credentials goes on to them.
        router.route().order(ORDER).handler(this::answer);
    }

    /** The validators of a data version, until the end of the day they were made for. */
    private record Validity(DataVersion version, HttpCaching.Validators validators) {
    }

    private volatile Validity validity;

    private HttpCaching.Validators validatorsOf(DataVersion version) {
        Validity known = validity;
        if (known == null || !known.version().equals(version)
                || !Instant.now().isBefore(known.validators().until())) {
            known = new Validity(version, HttpCaching.validators(version, applicationVersion));
            validity = known;
        }
        return known.validators();
    }

    /** How many requests this route has answered itself. */
    public long answered() {
        return answered.get();
    }

    void answer(RoutingContext routing) {
        HttpServerRequest request = routing.request();
        DataVersion version = request.method() == HttpMethod.GET ? clock.known() : null;
        if (version == null || !anonymous(request) || !HttpCaching.cacheablePath(request.path())) {
            routing.next();
            return;
        }
        HttpCaching.Validators validators = validatorsOf(version);
        String key = HttpCaching.key(request, validators.etag());
        RepresentationCache.Entry entry = key == null ? null : cache.get(key);
        if (entry == null) {
            routing.next();
            return;
        }
        boolean notModified = validators.satisfiedBy(request.getHeader(HttpHeaders.IF_NONE_MATCH),
                request.getHeader(HttpHeaders.IF_MODIFIED_SINCE));
        HttpServerResponse response = routing.response();
        if (RateLimiter.limited(request.path())) {
            String client = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
            RateLimiter.Charge charge = notModified ? limiter.peek(client) : limiter.charge(client);
            if (charge.refused()) {
                routing.next(); // the application refuses it, with its problem document
                return;
            }
            response.putHeader("RateLimit-Limit", String.valueOf(charge.limit()))
                    .putHeader("RateLimit-Remaining", String.valueOf(charge.remaining()))
                    .putHeader("RateLimit-Reset", String.valueOf(charge.resetSeconds()));
        }
        for (Map.Entry<String, String> header : entry.headers()) {
            if (!notModified || !HttpCaching.describesBody(header.getKey())) {
                response.headers().add(header.getKey(), header.getValue());
            }
        }
        fileMetricsUnder(entry.metricsTemplate());
        answered.incrementAndGet();
        if (notModified) {
            response.setStatusCode(304).end();
        } else {
            boolean gzip = entry.gzippedFor(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
            if (gzip) {
                response.putHeader(HttpHeaders.CONTENT_ENCODING, "gzip"); // already gzipped: sent as it is
            }
            response.putHeader(HttpHeaders.CONTENT_TYPE, entry.contentType()).putHeader("X-Cache", "hit")
                    .end(entry.body(gzip));
        }
    }

    /**
     * No session, no flash message, no credentials: nothing that could make the answer personal. And no Origin,
     * whose CORS headers are Quarkus's to add.
     */
    private boolean anonymous(HttpServerRequest request) {
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null || request.getHeader(HttpHeaders.ORIGIN) != null) {
            return false;
        }
        String cookies = request.getHeader(HttpHeaders.COOKIE);
        return cookies == null || !cookies.contains(sessionCookie) && !cookies.contains(flashCookie);
    }

    /** Request metrics go under the route template of the address, as when the application answers. */
    private static void fileMetricsUnder(String template) {
        Context context = Vertx.currentContext();
        if (template != null && context != null && VertxContext.isDuplicatedContext(context)) {
            context.putLocal(RepresentationCache.METRICS_TEMPLATE, template);
        }
    }
}
