package org.alliancetracker.backing;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import org.alliancetracker.api.Paging;
import org.alliancetracker.api.Paging.Page;
import org.alliancetracker.api.Views;
import org.alliancetracker.project.Project;
import org.alliancetracker.web.Formats;
import org.alliancetracker.web.InvalidParameterException;

/** Organizations moving from one project to another. */
@Path("/api/v1/backer-changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Backer changes")
public class BackerChangeApi {

    public record BackerChangeView(long id, String organization, String name, String from, String to, String date,
            String note, Long endedBacking, Long startedBacking, List<Long> sources) {
    }

    @GET
    @Operation(summary = "Backer changes, optionally from and to given projects (slugs), in id order, a page at a time")
    public RestResponse<Page<BackerChangeView>> list(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        int size = Paging.limit(limit);
        Project fromProject = project("from", from);
        Project toProject = project("to", to);
        List<BackerChange> page = BackerChange.pageAfter(Paging.after("cursor", cursor), size + 1, fromProject,
                toProject);
        return Paging.page(page, size, c -> c.id, c -> new BackerChangeView(c.id, c.organization.slug,
                c.organization.name, c.fromProject.slug, c.toProject.slug, c.movedOn.iso(), c.note,
                Views.id(c.endedBacking), Views.id(c.startedBacking), Views.ids(c.sources)), uri, "cursor");
    }

    private static Project project(String parameter, String slug) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        // Slugs are lower case; one a project had before a rename still names it, as its old addresses do.
        String wanted = slug.strip().toLowerCase(Locale.ROOT);
        return Project.findBySlugOrFormer(wanted).orElseThrow(() -> {
            List<String> meant = Project.nameSpelledLike(wanted, 3).stream().map(p -> p.slug).toList();
            return new InvalidParameterException(parameter, "The parameter '" + parameter + "' must be the slug of a"
                    + " project, such as xen or kvm." + (meant.isEmpty() ? ""
                            : " Did you mean " + Formats.series(meant, "or") + "?"));
        });
    }
}
