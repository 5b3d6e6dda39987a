package org.alliancetracker.web;

import java.net.URI;

import jakarta.ws.rs.core.UriInfo;

/**
 * Absolute addresses of the site's pages, for documents read away from the site (feeds, sitemaps), made from the
 * request's own scheme and host; kept answers that hold them are keyed by those too ({@link HttpCaching#key}).
 */
public final class Addresses {

    private Addresses() {
    }

    /** The absolute address of a path of the site ("/alliances/x"). */
    public static String absolute(UriInfo uri, String path) {
        URI base = uri.getBaseUri();
        return base.resolve(path.startsWith("/") ? path.substring(1) : path).toString();
    }
}
