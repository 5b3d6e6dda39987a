package org.alliancetracker.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

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
}
