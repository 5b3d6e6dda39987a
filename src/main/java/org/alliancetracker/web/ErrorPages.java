package org.alliancetracker.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import org.alliancetracker.account.ApiAuthentication;
import org.alliancetracker.common.DatabaseOutage;
import org.alliancetracker.common.FormerSlug;
import org.alliancetracker.common.Texts;
import org.alliancetracker.editing.InvalidFormException;
import org.alliancetracker.editing.RecordApi;
import org.alliancetracker.search.NearMiss;
import org.alliancetracker.search.Search;

/**
 * Errors in the form the client reads: for people, a page in the site's layout; for the API and clients that ask
 * for JSON, {@code application/problem+json} (RFC 9457). Never a stack trace.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);
    public static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    AllowedMethods allowedMethods;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String title, String message, List<Suggestion> nearMisses,
                SearchFor searchFor);

        /** Without the site header: its logout form needs the CSRF token this request was refused for. */
        static native TemplateInstance formRefused(String message);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri, HttpHeaders headers) {
        return respond(uri, headers, 404, "Not found",
                "There is nothing at this address. It may have been renamed or removed.");
    }

    /**
     * A record that is not at the address; if it was there before an editor changed its slug, a read is redirected
     * to the same address with the current slug (see FormerSlug), so that old links and embedded charts still work;
     * so is a slug typed with capitals. The redirect is not stored by caches: the old slug may be given to another
     * record later.
     */
    @ServerExceptionMapper
    public Response notFound(RecordNotFoundException e, UriInfo uri, HttpHeaders headers, Request request) {
        if (e.kind() != null && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            Optional<String> moved = FormerSlug.currentSlug(e.kind(), e.key())
                    .or(() -> FormerSlug.currentSlugIgnoringCase(e.kind(), e.key()));
            Optional<String> path = moved.flatMap(slug -> withSlug(uri.getPath(), e.kind(), e.key(), slug));
            if (path.isPresent()) {
                return Response.status(Response.Status.MOVED_PERMANENTLY)
                        .location(uri.getRequestUriBuilder().replacePath(path.get()).build())
                        .header("Cache-Control", "no-store").build();
            }
        }
        if (wantsJson(uri, headers)) {
            return problem(404, "Not found", e.getMessage(), uri.getPath());
        }
        boolean bySlug = e.kind() != null && PUBLIC_KINDS.contains(e.kind())
                && withSlug(uri.getPath(), e.kind(), e.key(), e.key()).isPresent();
        return HtmlPages.withStatus(404, Templates.error(404, "Not found", e.getMessage(),
                bySlug ? nearMisses(uri.getPath(), e.kind(), e.key()) : List.of(),
                bySlug && Search.mayBeSearched(e.key())
                        ? new SearchFor(e.key(), "/search" + Parameters.query("q", e.key())) : null));
    }

    /** The kinds of record whose pages are at {@code /{kind}s/{slug}}. */
    private static final Set<String> PUBLIC_KINDS = Set.of("alliance", "organization", "project");

    /** A record the page offers instead of the one an address names; {@code otherKind} when it is not of that kind. */
    public record Suggestion(String name, String kind, boolean otherKind, String path) {
    }

    /** The search for the slug an address named, that the page links to. */
    public record SearchFor(String text, String link) {
    }

    /**
     * For an address with a slug no record of the kind has ({@code /organizations/redhat/...}), the records whose
     * names are close: one of the kind at the same address with its slug, one of another kind at its page.
     */
    private static List<Suggestion> nearMisses(String path, String kind, String slug) {
        return NearMiss.of(kind, slug).stream().map(miss -> miss.kind().equals(kind)
                ? new Suggestion(miss.name(), kind, false, withSlug(path, kind, slug, miss.slug()).orElseThrow())
                : new Suggestion(miss.name(), miss.kind(), true, miss.path())).toList();
    }

    /** The path with the segment after the kind's (alliances/{slug}...) changed from the old slug to the new one. */
    static Optional<String> withSlug(String path, String kind, String oldSlug, String newSlug) {
        String[] segments = path.split("/", -1);
        for (int i = 1; i < segments.length; i++) {
            if (segments[i - 1].equals(kind + "s") && segments[i].equals(oldSlug)) {
                segments[i] = newSlug;
                return Optional.of(String.join("/", segments));
            }
        }
        return Optional.empty();
    }

    @ServerExceptionMapper
    public Response badParameter(InvalidParameterException e, UriInfo uri, HttpHeaders headers) {
        return respond(uri, headers, 400, "Bad request", e.getMessage());
    }

    /** A logged-in person on a page of a role they do not have (an editor on the administrators' pages). */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return respond(uri, headers, 403, "Not allowed",
                "Your account may not do this. Administrators manage accounts, webhooks and backups.");
    }

    @ServerExceptionMapper
    public Response unauthorized(ApiAuthentication.Unauthorized e, UriInfo uri) {
        return Response.fromResponse(problem(401, "Unauthorized", e.getMessage(), uri.getPath()))
                .header("WWW-Authenticate", "Bearer realm=\"alliance-tracker\"").build();
    }

    @ServerExceptionMapper
    public Response preconditionRequired(RecordApi.PreconditionRequired e, UriInfo uri) {
        return problem(428, "Precondition required", e.getMessage(), uri.getPath());
    }

    @ServerExceptionMapper
    public Response preconditionFailed(RecordApi.PreconditionFailed e, UriInfo uri) {
        return problem(412, "Precondition failed", e.getMessage(), uri.getPath());
    }

    @ServerExceptionMapper
    public Response invalidForm(InvalidFormException e, UriInfo uri) {
        Response problem = problem(422, "Invalid record", "Some fields are not valid: see errors.", uri.getPath());
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) problem.getEntity();
        body.put("errors", e.errors);
        return problem;
    }

    /**
     * A NUL or other control character in the address: no slug, id or search holds one (PostgreSQL refuses NUL). A
     * browser is shown the error page, a bot a problem; neither echoes the address.
     */
    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION - 100)
    public Response controlCharacterInAddress(ContainerRequestContext request, HttpHeaders headers) {
        String path = request.getUriInfo().getPath();
        String query = request.getUriInfo().getRequestUri().getQuery();
        if (!Texts.hasControlCharacters(path) && !Texts.hasControlCharacters(query)) {
            return null;
        }
        String message = "The address holds a control character (such as NUL).";
        if (wantsJson(request.getUriInfo(), headers)) {
            return problem(400, "Bad request", message, null);
        }
        return HtmlPages.withStatus(400, Templates.error(400, "Bad request", message, List.of(), null));
    }

    /** An Accept header that is not a list of media types: refused before anything else reads it. */
    @ServerRequestFilter(preMatching = true)
    public Response unreadableAccept(ContainerRequestContext request) {
        try {
            request.getAcceptableMediaTypes();
            return null;
        } catch (IllegalArgumentException e) {
            return problem(400, "Bad request", "The Accept header is not a list of media types.",
                    request.getUriInfo().getPath());
        }
    }

    /** A JSON body that does not parse, or does not fit (an array where an object belongs). */
    /** Quarkus maps this one itself, to an empty 400: the same problem as any other unreadable body instead. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return problem(400, "Bad request", "The body is not a JSON object of the expected shape"
                + (e.getLocation() == null ? "." : " (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")."), uri.getPath());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri, headers);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        Response answer = respond(uri, headers, status, known == null ? "Request refused" : known.getReasonPhrase(),
                "The request could not be served as sent.");
        if (status == Response.Status.METHOD_NOT_ALLOWED.getStatusCode()) {
            Set<String> allowed = allowedMethods.at(uri.getPath());
            if (!allowed.isEmpty()) {
                return Response.fromResponse(answer).header(HttpHeaders.ALLOW, String.join(", ", allowed)).build();
            }
        }
        return answer;
    }

    /**
     * A Bean Validation failure that escaped the forms' own checks is a bug, not bad input; it gets the same generic
     * page as any other (Quarkus's own mapper for it would otherwise answer first).
     */
    @ServerExceptionMapper
    public Response unexpectedViolation(ValidationException e, UriInfo uri, HttpHeaders headers) {
        return unexpected(e, uri, headers);
    }

    /** Seconds a client is asked to wait when the database is out of reach: about what a restart takes. */
    static final int RETRY_AFTER_SECONDS = 30;

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        if (DatabaseOutage.isCause(e)) {
            // Not a bug: no stack trace, and a status that tells bots and load balancers to come back.
            LOG.warnf("Answered 503: the database cannot be reached (%s)", DatabaseOutage.describe(e));
            return Response.fromResponse(respond(uri, headers, 503, "Service unavailable",
                    "The database cannot be reached just now. Please try again in a minute."))
                    .header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS)).build();
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Unexpected error, reference %s", reference);
        return respond(uri, headers, 500, "Something went wrong",
                "The server could not complete this request. If it happens again, quote reference " + reference + ".");
    }

    /** Whether the client reads JSON: an API address, or an Accept header that prefers JSON to HTML. */
    public static boolean wantsJson(UriInfo uri, HttpHeaders headers) {
        String path = uri == null ? "" : uri.getPath();
        if (path.startsWith("/api/") || path.endsWith(".json")) {
            return true;
        }
        if (headers == null) {
            return false;
        }
        List<MediaType> acceptable;
        try {
            acceptable = headers.getAcceptableMediaTypes();
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
        for (MediaType type : acceptable) {
            if (type.isWildcardType()) {
                return false;
            }
            if (type.getSubtype().equals("html")) {
                return false;
            }
            if (type.getSubtype().endsWith("json")) {
                return true;
            }
        }
        return false;
    }

    public static Response problem(int status, String title, String detail, String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (instance != null) {
            body.put("instance", instance);
        }
        return Response.status(status).type(PROBLEM_JSON).entity(body).build();
    }

    private static Response respond(UriInfo uri, HttpHeaders headers, int status, String title, String message) {
        if (wantsJson(uri, headers)) {
            return problem(status, title, message, uri == null ? null : uri.getPath());
        }
        return HtmlPages.withStatus(status, Templates.error(status, title, message, List.of(), null));
    }
}
