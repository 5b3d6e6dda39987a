package org.alliancetracker.search;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.alliancetracker.alliance.Alliance;
import org.alliancetracker.organization.Organization;
import org.alliancetracker.project.Project;
import org.alliancetracker.web.InvalidParameterException;

/** Search by name across organizations (current and former names), alliances and projects. */
@Path("/search")
@Produces(MediaType.TEXT_HTML)
public class SearchResource {

    static final int MAX_QUERY_LENGTH = 100;
    static final int MAX_RESULTS = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance results(String query, List<Organization> organizations,
                List<Alliance> alliances, List<Project> projects);
    }

    @GET
    public TemplateInstance search(@QueryParam("q") String q) {
        String query = q == null ? "" : q.strip();
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new InvalidParameterException("q", "The search text is too long: use at most "
                    + MAX_QUERY_LENGTH + " characters.");
        }
        if (query.isEmpty()) {
            return Templates.results(query, List.of(), List.of(), List.of());
        }
        return Templates.results(query, Organization.nameContaining(query, MAX_RESULTS),
                Alliance.nameContaining(query, MAX_RESULTS), Project.nameContaining(query, MAX_RESULTS));
    }
}
