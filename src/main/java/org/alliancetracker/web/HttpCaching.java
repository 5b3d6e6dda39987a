package org.alliancetracker.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import org.alliancetracker.account.CurrentUser;
import org.alliancetracker.history.AuditEntry;

/**
 * Conditional GETs for visitors and bots. Every page, chart, feed and API answer carries a strong ETag made of the
 * data version (the count of writes, which every audited change advances), the day (charts run to today) and the
 * application version;
 * {@code If-None-Match} or {@code If-Modified-Since} that still holds gets {@code 304 Not Modified} at the cost of
 * one small query, before any page is rendered. Pages of logged-in editors carry form tokens and are never cached.
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

    @ConfigProperty(name = "quarkus.application.version", defaultValue = "dev")
    String applicationVersion;

    /** The data version: how many writes there have been, and when the latest was. */
    public record DataVersion(long writes, Instant changedAt) {
    }

    static DataVersion current() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = AuditEntry.dataVersion();
            Object at = row[1];
            Instant changedAt = at == null ? Instant.EPOCH
                    : at instanceof java.time.OffsetDateTime odt ? odt.toInstant()
                    : at instanceof java.sql.Timestamp ts ? ts.toInstant()
                    : at instanceof Instant i ? i : Instant.EPOCH;
            return new DataVersion(((Number) row[0]).longValue(), changedAt);
        });
    }

    static boolean cacheable(ContainerRequestContext request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        String path = request.getUriInfo().getPath();
        return PRIVATE_PREFIXES.stream().noneMatch(path::startsWith) && !path.startsWith("/q/");
    }

    @ServerRequestFilter(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response conditional(ContainerRequestContext request) {
        // A one-time flash message makes the page personal: neither cached nor answered with a 304.
        if (!cacheable(request) || user.isLoggedIn() || request.getCookies().containsKey(Flash.cookieName())) {
            return null;
        }
        DataVersion version = current();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String etag = "\"" + version.writes() + "." + today + "." + applicationVersion + "\"";
        Instant lastModified = latest(version.changedAt(), today.atStartOfDay().toInstant(ZoneOffset.UTC))
                .truncatedTo(ChronoUnit.SECONDS);
        request.setProperty(VERSION, etag);
        request.setProperty(LAST_MODIFIED, lastModified);
        String ifNoneMatch = request.getHeaderString("If-None-Match");
        boolean notModified = ifNoneMatch != null ? matches(ifNoneMatch, etag)
                : notModifiedSince(request.getHeaderString("If-Modified-Since"), lastModified);
        String lastModifiedText = DateTimeFormatter.RFC_1123_DATE_TIME.format(lastModified.atZone(ZoneOffset.UTC));
        if (notModified) {
            return Response.notModified().header("ETag", etag).header("Last-Modified", lastModifiedText)
                    .header("Cache-Control", cacheControl(request.getUriInfo().getPath())).build();
        }
        String key = request.getMethod() + " " + request.getUriInfo().getRequestUri().getRawPath() + "?"
                + request.getUriInfo().getRequestUri().getRawQuery() + " " + etag + " " + acceptKind(request);
        request.setProperty(RepresentationCache.KEY, key);
        return null;
    }

    /**
     * Serves a rendered answer from memory. It runs after the rate limiter, which lets a 304 through free but
     * charges a full answer, cached or not.
     */
    @ServerRequestFilter(priority = jakarta.ws.rs.Priorities.USER + 100)
    public Response fromCache(ContainerRequestContext request) {
        Object key = request.getProperty(RepresentationCache.KEY);
        RepresentationCache.Entry cached = key == null ? null : cache.get((String) key);
        if (cached == null) {
            return null;
        }
        request.removeProperty(RepresentationCache.KEY); // already kept: not to be copied again on the way out
        return Response.ok(cached.body(), cached.contentType()).header("ETag", request.getProperty(VERSION))
                .header("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME
                        .format(((Instant) request.getProperty(LAST_MODIFIED)).atZone(ZoneOffset.UTC)))
                .header("Cache-Control", cacheControl(request.getUriInfo().getPath()))
                .header("Link", cached.link())
                .header("X-Cache", "hit").build();
    }

    /** Whether the client asked for JSON or not: the only variation of a representation by header. */
    private static String acceptKind(ContainerRequestContext request) {
        String accept = request.getHeaderString("Accept");
        return accept != null && accept.contains("json") && !accept.contains("html") ? "json" : "any";
    }

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
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
        response.getHeaders().putSingle("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME
                .format(((Instant) request.getProperty(LAST_MODIFIED)).atZone(ZoneOffset.UTC)));
        response.getHeaders().putSingle("Cache-Control", cacheControl(request.getUriInfo().getPath()));
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

    static boolean notModifiedSince(String header, Instant lastModified) {
        if (header == null || header.isBlank() || header.length() > 100) {
            return false;
        }
        try {
            Instant since = ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return !lastModified.isAfter(since);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
