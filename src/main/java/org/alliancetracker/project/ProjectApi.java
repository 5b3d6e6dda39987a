package org.alliancetracker.project;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import org.alliancetracker.alliance.Alliance;
import org.alliancetracker.api.Paging;
import org.alliancetracker.api.Paging.Page;
import org.alliancetracker.api.Views;
import org.alliancetracker.backing.Backing;
import org.alliancetracker.common.PartialDate;
import org.alliancetracker.web.Parameters;
import org.alliancetracker.web.RecordNotFoundException;

/** Projects, the alliances that promote them, and their backers. "Today" is the server's date, as on the pages. */
@Path("/api/v1/projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projects")
public class ProjectApi {

    /** A project; {@code id} is the one the change feed and the records API name it by. */
    public record ProjectView(long id, String slug, String name, String license, String website, String description,
            long backersToday) {
    }

    public record ProjectDetail(ProjectView project, List<String> promotedBy) {
    }

    public record BackerView(long id, String organization, String name, String role, String since, String until,
            String notes, List<Long> sources) {
    }

    @GET
    @Operation(summary = "All projects, in id order, a page at a time")
    public RestResponse<Page<ProjectView>> list(@QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        int size = Paging.limit(limit);
        List<Project> page = Project.pageAfter(Paging.after("cursor", cursor), size + 1);
        Map<Long, Long> backersToday = Backing.countBackersByProject(LocalDate.now());
        return Paging.page(page, size, p -> p.id, p -> view(p, backersToday.getOrDefault(p.id, 0L)), uri, "cursor");
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One project with the number of organizations that back it today and the alliances that "
            + "promote it")
    public ProjectDetail get(@PathParam("slug") String slug) {
        Project project = find(slug);
        return new ProjectDetail(view(project, Backing.countBackers(project, LocalDate.now())),
                Alliance.promoting(project).stream().map(a -> a.slug).toList());
    }

    @GET
    @Path("{slug}/backers")
    @Operation(summary = "The project's backers, all or those backing it on a date (at), a page at a time")
    public RestResponse<Page<BackerView>> backers(@PathParam("slug") String slug, @QueryParam("at") String at,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        PartialDate date = Parameters.optionalDate("at", at);
        int size = Paging.limit(limit);
        long after = Paging.after("cursor", cursor);
        Project project = find(slug);
        LocalDate day = date == null ? null : date.latest();
        List<Backing> backings = Backing.ofProject(project).stream()
                .filter(b -> day == null || b.isActiveOn(day))
                .filter(b -> b.id > after)
                .sorted(Comparator.comparing(b -> b.id)).limit(size + 1L).toList();
        return Paging.page(backings, size, b -> b.id, ProjectApi::view, uri, "cursor");
    }

    private static Project find(String slug) {
        return Project.findBySlug(slug).orElseThrow(() -> new RecordNotFoundException("project", slug));
    }

    private static ProjectView view(Project p, long backersToday) {
        return new ProjectView(p.id, p.slug, p.name, p.license.name(), p.website, p.description, backersToday);
    }

    static BackerView view(Backing b) {
        return new BackerView(b.id, b.organization.slug, b.organization.name, b.role.name(), Views.iso(b.since),
                Views.iso(b.until), b.notes, Views.ids(b.sources));
    }
}
