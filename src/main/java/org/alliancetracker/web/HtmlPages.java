package org.alliancetracker.web;

import java.net.URI;
import java.util.Optional;
import java.util.Set;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.qute.TemplateInstance;

/**
 * A page rendered before it is answered, for the pages whose status depends on what the visitor sent: an error page,
 * or a page whose form re-shows a field in error as a 400.
 */
public final class HtmlPages {

    public static final MediaType HTML_UTF8 = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    private HtmlPages() {
    }

    public static Response withStatus(int status, TemplateInstance page) {
        return Response.status(status).type(HTML_UTF8).entity(page.render()).build();
    }

    /** A page whose form had a field in error is a 400, shown with the error beside that field. */
    public static Response form(boolean fieldInError, TemplateInstance page) {
        return withStatus(fieldInError ? 400 : 200, page);
    }

    /**
     * A redirect to the page's own address when the request said the same in other words (a GET form's empty fields, a
     * default value, a name in another case, another order of parameters), so that the address a visitor shares is
     * short and one list has one address; empty when the request came by that address. An address with parameters the
     * page does not read (a campaign's tag, a cache-buster) is left as it is. Not stored by caches: which address is
     * the page's own may depend on the data, such as a tier's name.
     *
     * @param path the page's path
     * @param ownQuery the query string of the page's own links, "" or starting with "?"
     * @param parameters the names of the parameters the page reads
     */
    public static Optional<Response> redirectToOwnAddress(UriInfo uri, String path, String ownQuery,
            Set<String> parameters) {
        String query = uri.getRequestUri().getRawQuery();
        if (query == null || ("?" + query).equals(ownQuery)
                || !parameters.containsAll(uri.getQueryParameters().keySet())) {
            return Optional.empty();
        }
        return Optional.of(Response.status(Response.Status.FOUND).location(URI.create(path + ownQuery))
                .header("Cache-Control", "no-store").build());
    }
}
