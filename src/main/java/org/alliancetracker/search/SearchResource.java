package org.alliancetracker.search;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.alliancetracker.organization.ListedOrganization;
import org.alliancetracker.organization.Organization;

/** The search page: the form, and what a search by name finds (see {@link Search}). */
@Path("/search")
@Produces(MediaType.TEXT_HTML)
public class SearchResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance results(Search search, List<ListedOrganization> organizations);
    }

    /** What a search finds; the organizations with their numbers of alliances and projects, as their list shows. */
    @GET
    public TemplateInstance search(@QueryParam("q") String q) {
        Search search = Search.of(q);
        return Templates.results(search, Organization.withCounts(search.organizations().shown()));
    }
}
