package org.alliancetracker.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;

import io.netty.handler.codec.DateFormatter;
import io.vertx.core.http.HttpServerRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import org.alliancetracker.account.CurrentUser;
import org.alliancetracker.history.DataVersionClock;
import org.alliancetracker.history.DataVersionClock.DataVersion;

/**
 * Conditional GETs for visitors and bots. Every page, chart, feed and API answer carries a strong ETag made of the
 * data version (the count of writes, which every audited change advances), the day (charts run to today) and the
 * application version;
 * {@code If-None-Match} or {@code If-Modified-Since} that still holds gets {@code 304 Not Modified} at the cost of
 * one small query, before any page is rendered. Pages of logged-in editors carry form tokens and are never cached.
 * (A gzipped answer carries the weak form of the same ETag: see PublicCompression.)
 */
public class HttpCaching {

    static final String VERSION = "tracker.data-version";
    static final String LAST_MODIFIED = "tracker.last-modified";
    private static final List<String> PRIVATE_PREFIXES = List.of("/edit", "/admin", "/import", "/history", "/login",
            "/logout", "/account", "/api/v1/records");

    @Inject
    CurrentUser user;

    @Inject
    RepresentationCache cache;

    @Inject
    DataVersionClock clock;

    @ConfigProperty(name = "quarkus.application.version", defaultValue = "dev")
    String applicationVersion;

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name")
    String csrfCookieName;

    /** The validators of every cacheable answer at one data version on one day, which ends at {@code until}. */
    public record Validators(String etag, Instant lastModified, Instant until) {

        String lastModifiedText() {
            return httpDate(lastModified);
        }

        /** Whether the request's conditions still hold: If-None-Match when sent, else If-Modified-Since. */
        boolean satisfiedBy(String ifNoneMatch, String ifModifiedSince) {
            return ifNoneMatch != null ? matches(ifNoneMatch, etag) : notModifiedSince(ifModifiedSince, lastModified);
        }
    }

    /**
     * The validators at this data version today. Today is the day the pages count as today (in the server's time
     * zone, as they take it), so that an answer that shows it is rendered again when that day begins.
     */
    static Validators validators(DataVersion version, String applicationVersion) {
        return validators(version, applicationVersion, Clock.systemDefaultZone());
    }

    /** The validators on the clock's day, in the clock's time zone. */
    static Validators validators(DataVersion version, String applicationVersion, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        ZoneId zone = clock.getZone();
        Instant lastModified = latest(version.changedAt(), today.atStartOfDay(zone).toInstant())
                .truncatedTo(ChronoUnit.SECONDS);
        return new Validators("\"" + version.writes() + "." + today + "." + applicationVersion + "\"", lastModified,
                today.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /**
     * The cache key of an answer: the origin and address as sent, the ETag and the Accept header as sent (so a
     * cached answer is only ever served for an Accept header that was read and accepted when it was rendered). The
     * origin (scheme and Host) is part of it because feeds and list links hold absolute addresses made from it: an
     * answer rendered for a forged Host is kept for that Host alone. Null for an Accept header too long to be worth
     * a key.
     */
    static String key(HttpServerRequest request, String etag) {
        String accept = request.getHeader("Accept");
        if (accept != null && accept.length() > 256) {
            return null;
        }
        // The scheme and authority the application's addresses are made from: behind a trusted proxy, those it
        // forwards (quarkus.http.proxy.*). A malformed Host never comes here: MalformedHostRefusal answers it.
        var authority = request.authority();
        return request.method().name() + " " + request.scheme() + "://"
                + (authority == null ? "" : authority.host() + ":" + authority.port()) + request.path()
                + (request.query() == null ? "" : "?" + request.query()) + " " + etag + " "
                + (accept == null ? "" : accept);
    }

    /** Headers about a body, which a 304 (no body) does not repeat. */
    static boolean describesBody(String header) {
        return header.equalsIgnoreCase("Link") || header.equalsIgnoreCase("Content-Disposition")
                || header.equalsIgnoreCase("Content-Language");
    }

    static boolean cacheablePath(String path) {
        return PRIVATE_PREFIXES.stream().noneMatch(path::startsWith) && !path.startsWith("/q/");
    }

    static boolean cacheable(ContainerRequestContext request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        return cacheablePath(request.getUriInfo().getPath());
    }

    @ServerRequestFilter(priority = Priorities.USER - 100)
    public Response conditional(ContainerRequestContext request, HttpServerRequest http) {
        // A one-time flash message makes the page personal: neither cached nor answered with a 304.
        if (!cacheable(request) || user.isLoggedIn() || request.getCookies().containsKey(Flash.cookieName())) {
            return null;
        }
        Validators validators = validators(clock.current(), applicationVersion);
        request.setProperty(VERSION, validators.etag());
        request.setProperty(LAST_MODIFIED, validators.lastModified());
        if (validators.satisfiedBy(request.getHeaderString("If-None-Match"),
                request.getHeaderString("If-Modified-Since"))) {
            return Response.notModified().header("ETag", validators.etag()).header("Vary", "Accept")
                    .header("Last-Modified", validators.lastModifiedText())
                    .header("Cache-Control", cacheControl(request.getUriInfo().getPath())).build();
        }
        String key = key(http, validators.etag());
        if (key != null) {
            request.setProperty(RepresentationCache.KEY, key);
        }
        return null;
    }

    /**
     * Serves a rendered answer from memory. It runs after the rate limiter, which lets a 304 through free but
     * charges a full answer, cached or not.
     */
    @ServerRequestFilter(priority = Priorities.USER + 100)
    public Response fromCache(ContainerRequestContext request) {
        Object key = request.getProperty(RepresentationCache.KEY);
        RepresentationCache.Entry cached = key == null ? null : cache.get((String) key);
        if (cached == null) {
            return null;
        }
        request.removeProperty(RepresentationCache.KEY); // already kept: not to be copied again on the way out
        boolean gzip = cached.gzippedFor(request.getHeaderString("Accept-Encoding"));
        Response.ResponseBuilder answer = Response.ok(cached.body(gzip), cached.contentType()).header("X-Cache", "hit");
        if (gzip) {
            answer.header("Content-Encoding", "gzip"); // already gzipped: sent as it is
        }
        cached.headers().forEach(header -> answer.header(header.getKey(), header.getValue()));
        return answer.build();
    }

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response, HttpServerRequest http) {
        if (!cacheable(request)) {
            return;
        }
        Object etag = request.getProperty(VERSION);
        if (response.getStatus() != 200) {
            request.removeProperty(RepresentationCache.KEY);
        }
        if (etag == null || response.getStatus() >= 300) {
            if (response.getStatus() != 304) {
                response.getHeaders().putSingle("Cache-Control", user.isLoggedIn() ? "private, no-store" : "no-store");
            }
            return;
        }
        response.getHeaders().putSingle("ETag", etag);
        response.getHeaders().putSingle("Last-Modified", httpDate((Instant) request.getProperty(LAST_MODIFIED)));
        response.getHeaders().putSingle("Cache-Control", cacheControl(request.getUriInfo().getPath()));
        // Answers are kept per Accept header (see key), so shared caches must keep them apart likewise. Qute's
        // choice of a page variant writes its Vary straight to the connection; it joins the application's headers
        // here, so that a kept answer carries it too.
        String negotiated = http.response().headers().get("Vary");
        http.response().headers().remove("Vary");
        response.getHeaders().putSingle("Vary", negotiated == null ? "Accept" : negotiated);
    }

    /**
     * A public answer goes out without the CSRF cookie that the form filter makes for any request that lacks one: a
     * shared cache may keep an answer's Set-Cookie and hand that one token to every reader. Public answers hold no
     * form; pages with forms are private. This runs after that filter, as response filters run from the highest
     * priority down.
     */
    @ServerResponseFilter(priority = Priorities.USER - 100)
    public void withoutCsrfCookie(ContainerResponseContext response, HttpServerRequest http) {
        Object cacheControl = response.getHeaders().getFirst("Cache-Control");
        if (cacheControl != null && cacheControl.toString().startsWith("public")) {
            http.response().removeCookie(csrfCookieName, false);
        }
    }

    /**
     * Pages and API answers are revalidated on every use (a 304 is cheap); standalone charts and feeds may be
     * reused for a minute, as readers and image caches poll them.
     */
    static String cacheControl(String path) {
        if (path.endsWith(".svg") || path.endsWith(".atom") || path.startsWith("/feed")) {
            return "public, max-age=60";
        }
        return "public, no-cache";
    }

    /** Whether an If-None-Match list names this strong ETag (or is "*"); weak validators compare by their value. */
    static boolean matches(String header, String etag) {
        for (String candidate : header.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || (tag.startsWith("W/") && tag.substring(2).equals(etag))) {
                return true;
            }
        }
        return false;
    }

    /**
     * An instant as HTTP writes dates ("Sun, 06 Dec 2026 15:23:53 GMT", RFC 9110's IMF-fixdate). The JDK's
     * RFC_1123_DATE_TIME writes the day in one digit where it can, which that format does not allow.
     */
    static String httpDate(Instant instant) {
        return DateFormatter.format(Date.from(instant));
    }

    /** Whether an If-Modified-Since date, in any of the three forms HTTP accepts, is not before the last change. */
    static boolean notModifiedSince(String header, Instant lastModified) {
        if (header == null || header.isBlank() || header.length() > 100) {
            return false;
        }
        Date since = DateFormatter.parseHttpDate(header.strip());
        return since != null && !lastModified.isAfter(since.toInstant());
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
