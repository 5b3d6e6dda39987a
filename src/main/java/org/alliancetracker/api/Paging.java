package org.alliancetracker.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestResponse;

import org.alliancetracker.web.InvalidParameterException;

/**
 * Cursor pagination for API lists: items in id order, {@code limit} at a time, and an opaque cursor (the last id
 * served) that stays valid forever. The next page's address is in the body and in a {@code Link} header.
 */
public final class Paging {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;

    /** A page of items and the cursor of the next page (null on the last page). */
    public record Page<T>(List<T> items,
            @Schema(description = "The cursor of the next page, for the cursor parameter; null on the last page")
            String next) {
    }

    private Paging() {
    }

    public static int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        if (!value.strip().matches("[0-9]{1,4}") || Integer.parseInt(value.strip()) < 1
                || Integer.parseInt(value.strip()) > MAX_LIMIT) {
            throw new InvalidParameterException("limit", "The parameter 'limit' must be a whole number from 1 to "
                    + MAX_LIMIT + ".");
        }
        return Integer.parseInt(value.strip());
    }

    /** The id after which the page starts: 0 without a cursor. */
    public static long after(String name, String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        return opened(cursor).filter(text -> text.matches("after:[0-9]{1,18}"))
                .map(text -> Long.parseLong(text.substring(6)))
                .orElseThrow(() -> new InvalidParameterException(name, "The parameter '" + name + "' is not a cursor"
                        + " this API gave out. Start without it, then use the 'next' value (or the Link header) of each"
                        + " page."));
    }

    public static String cursor(long afterId) {
        return opaque("after:" + afterId);
    }

    /** A cursor holding the text, opaque to clients (URL-safe Base64): what a page's {@code next} gives out. */
    public static String opaque(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The text a cursor of {@link #opaque} holds; empty for a value that is not Base64. */
    public static Optional<String> opened(String cursor) {
        try {
            return Optional.of(new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * A page response from up to {@code limit + 1} records fetched in id order: the extra one only tells that a
     * next page exists.
     */
    public static <R, T> RestResponse<Page<T>> page(List<R> fetched, int limit, Function<R, Long> id,
            Function<R, T> view, UriInfo uri, String cursorParameter) {
        boolean more = fetched.size() > limit;
        List<R> items = more ? fetched.subList(0, limit) : fetched;
        String next = more ? cursor(id.apply(items.get(items.size() - 1))) : null;
        // The type is named here so that the representation cache, which runs before content negotiation, sees it.
        RestResponse.ResponseBuilder<Page<T>> response = RestResponse.ResponseBuilder.ok(
                new Page<>(items.stream().map(view).toList(), next), MediaType.APPLICATION_JSON_TYPE);
        if (next != null) {
            String link = uri.getRequestUriBuilder().replaceQueryParam(cursorParameter, next).build().toString();
            response.header("Link", "<" + link + ">; rel=\"next\"");
        }
        return response.build();
    }
}
