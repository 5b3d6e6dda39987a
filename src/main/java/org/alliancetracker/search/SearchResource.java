package org.alliancetracker.search;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The search page: the form, and what a search by name finds (see {@link Search}). */
@Path("/search")
@Produces(MediaType.TEXT_HTML)
public class SearchResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance results(Search search);
    }

    @GET
    public TemplateInstance search(@QueryParam("q") String q) {
        return Templates.results(Search.of(q));
    }
}
