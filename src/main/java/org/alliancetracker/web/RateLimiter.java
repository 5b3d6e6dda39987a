package org.alliancetracker.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;

import io.vertx.core.http.HttpServerRequest;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import org.alliancetracker.config.TrackerConfig;

/**
 * A per-client request budget for the API and the feeds, in fixed one-minute windows, announced on every answer
 * with {@code RateLimit-Limit}, {@code RateLimit-Remaining} and {@code RateLimit-Reset}. A 304 answer is decided
 * before the budget is charged and costs nothing. Each instance keeps its own budget.
 */
@ApplicationScoped
public class RateLimiter {

    static final String REMAINING = "tracker.rate-remaining";
    static final String RESET = "tracker.rate-reset";

    @Inject
    TrackerConfig config;

    private final Map<String, long[]> windows = new ConcurrentHashMap<>();

    /** A charge against a client's budget: what is left of it, and when it renews. */
    public record Charge(int limit, long remaining, long resetSeconds, boolean refused) {
    }

    public Charge charge(String client) {
        int perMinute = config.rateLimit().perMinute();
        long now = System.currentTimeMillis();
        long minute = now / 60_000;
        long[] window = windows.compute(client, (k, w) -> w == null || w[0] != minute ? new long[] {minute, 1}
                : new long[] {minute, w[1] + 1});
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(e -> e.getValue()[0] != minute);
        }
        return new Charge(perMinute, Math.max(0, perMinute - window[1]), 60 - (now / 1000) % 60, window[1] > perMinute);
    }

    /** The budget as it stands, without charging it (for answers that cost nothing, such as a 304). */
    public Charge peek(String client) {
        int perMinute = config.rateLimit().perMinute();
        long now = System.currentTimeMillis();
        long[] window = windows.get(client);
        long used = window == null || window[0] != now / 60_000 ? 0 : window[1];
        return new Charge(perMinute, Math.max(0, perMinute - used), 60 - (now / 1000) % 60, false);
    }

    public int limit() {
        return config.rateLimit().perMinute();
    }

    static boolean limited(String path) {
        return path.startsWith("/api/") || path.startsWith("/feed") || path.endsWith("/feed.atom")
                || path.endsWith("/feed.json");
    }

    /** Charges each API and feed request that gets past the conditional-request check. */
    public static class Filters {

        @Inject
        RateLimiter limiter;

        @ServerRequestFilter(priority = Priorities.USER)
        public Response charge(ContainerRequestContext request, HttpServerRequest http) {
            if (!limited(request.getUriInfo().getPath())) {
                return null;
            }
            Charge charge = limiter.charge(client(http));
            request.setProperty(REMAINING, charge.remaining());
            request.setProperty(RESET, charge.resetSeconds());
            if (!charge.refused()) {
                return null;
            }
            return Response.fromResponse(ErrorPages.problem(429, "Too many requests", "This client made more than "
                    + charge.limit() + " requests this minute. Wait " + charge.resetSeconds() + " seconds; conditional "
                    + "requests (If-None-Match) answered 304 do not count.", request.getUriInfo().getPath()))
                    .header("Retry-After", charge.resetSeconds()).build();
        }

        @ServerResponseFilter
        public void announce(ContainerRequestContext request, ContainerResponseContext response,
                HttpServerRequest http) {
            if (!limited(request.getUriInfo().getPath())) {
                return;
            }
            Object remaining = request.getProperty(REMAINING);
            Object reset = request.getProperty(RESET);
            if (remaining == null) {
                Charge current = limiter.peek(client(http));
                remaining = current.remaining();
                reset = current.resetSeconds();
            }
            response.getHeaders().putSingle("RateLimit-Limit", limiter.limit());
            response.getHeaders().putSingle("RateLimit-Remaining", remaining);
            response.getHeaders().putSingle("RateLimit-Reset", reset);
        }

        /** The client a request is charged to: its network address. */
        private static String client(HttpServerRequest http) {
            return http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        }
    }
}
