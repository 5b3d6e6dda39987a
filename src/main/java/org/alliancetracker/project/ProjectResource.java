package org.alliancetracker.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.alliancetracker.alliance.Alliance;
import org.alliancetracker.backing.BackerChange;
import org.alliancetracker.backing.Backing;
import org.alliancetracker.common.InvalidDateException;
import org.alliancetracker.common.PartialDate;
import org.alliancetracker.feed.FeedResource;
import org.alliancetracker.feed.RecordFeeds;
import org.alliancetracker.history.AuditEntry;
import org.alliancetracker.importing.CsvFiles;
import org.alliancetracker.web.HtmlPages;
import org.alliancetracker.web.ListOrder;
import org.alliancetracker.web.ListOrders;
import org.alliancetracker.web.Parameters;
import org.alliancetracker.web.RecordNotFoundException;

/** The project pages: the list, and one project's backers over time or on a date, who came and who left. */
@Path("/projects")
@Produces(MediaType.TEXT_HTML)
public class ProjectResource extends RecordFeeds {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<ListedProject> projects, ListOrder<ListedProject> order,
                String sortError);

        static native TemplateInstance show(Project project, List<Backing> backings, BackerFilter todaysList,
                long backersToday, List<BackerChange> arrivals, List<BackerChange> departures, Project comparedWith,
                List<Alliance> promotedBy, BackerFilter filter, String atInput, String atError, String sortError);
    }

    /**
     * Every project with its number of backers today, by name or, with {@code ?sort=-today} (or another of the
     * {@link ListedProject#ORDERS}), in that order. An order the list does not offer is a 400 that re-shows it by
     * name with the error beside the Order field; an address that names the list's own order, or names one in another
     * case, is redirected to the list's own address.
     */
    @GET
    public Response list(@QueryParam("sort") String sort, @Context UriInfo uri) {
        ListOrders.Chosen<ListedProject> chosen = ListedProject.ORDERS.chosen(sort);
        Optional<Response> ownAddress = HtmlPages.redirectToOwnAddress(uri, "/projects", chosen.order().query(),
                Set.of("sort"));
        if (chosen.error() == null && ownAddress.isPresent()) {
            return ownAddress.get();
        }
        return HtmlPages.form(chosen.error() != null, Templates.list(
                chosen.order().sort(ListedProject.all(LocalDate.now())), chosen.order(), chosen.error()));
    }

    /** The columns of a backer export. */
    static final List<String> EXPORT_COLUMNS = List.of("project", "organization", "organization_name", "role", "from",
            "to", "notes", "sources");

    /** The backers as the page lists them (all, or those on the {@code at} date, in the {@code sort} order), as CSV. */
    @GET
    @Path("{slug}/backers.csv")
    @Produces("text/csv")
    public Response backersCsv(@PathParam("slug") String slug, @QueryParam("at") String at,
            @QueryParam("sort") String sort) {
        Project project = Project.findBySlug(slug).orElseThrow(() -> new RecordNotFoundException("project", slug));
        BackerFilter filter = exportFilter(at, sort);
        List<List<String>> rows = filter.apply(Backing.ofProject(project)).stream().map(b -> List.of(project.slug,
                b.organization.slug, b.organization.name, b.role.label, b.since == null ? "" : b.since.iso(),
                b.until == null ? "" : b.until.iso(), b.notes == null ? "" : b.notes,
                String.join(";", b.sources.stream().map(source -> String.valueOf(source.id)).toList()))).toList();
        String name = project.slug + "-backers" + (filter.at() == null ? "" : "-" + filter.at().iso()) + ".csv";
        return Response.ok(CsvFiles.write(EXPORT_COLUMNS, rows))
                .type("text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    /** The export as JSON: the project, the date asked for (null when not), and its backers as the API shows them. */
    public record BackersView(String project, String at, List<ProjectApi.BackerView> backers) {
    }

    @GET
    @Path("{slug}/backers.json")
    @Produces(MediaType.APPLICATION_JSON)
    public BackersView backersJson(@PathParam("slug") String slug, @QueryParam("at") String at,
            @QueryParam("sort") String sort) {
        Project project = Project.findBySlug(slug).orElseThrow(() -> new RecordNotFoundException("project", slug));
        BackerFilter filter = exportFilter(at, sort);
        return new BackersView(project.slug, filter.at() == null ? null : filter.at().iso(),
                filter.apply(Backing.ofProject(project)).stream().map(ProjectApi::view).toList());
    }

    /** An export's filter; a date or order that is not one is a 400 that says what is accepted. */
    private static BackerFilter exportFilter(String at, String sort) {
        return new BackerFilter(Parameters.optionalDate("at", at), BackerFilter.ORDERS.named(sort));
    }

    /** The changes to the project, to its backings, and to the moves to and from it. */
    @Override
    protected RecordFeed feedOf(String slug) {
        Project project = Project.findBySlug(slug).orElseThrow(() -> new RecordNotFoundException("project", slug));
        return new RecordFeed("/projects/" + project.slug, project.name,
                AuditEntry.concerningProject(project.id, FeedResource.ITEMS));
    }

    /**
     * One project; with {@code ?at=2011-06} only its backers on that date (the last day of the period), and with
     * {@code ?sort=name} (or another of the {@link BackerFilter#ORDERS}) in that order. A date or an order that is not
     * one is a 400 that re-shows the list without it, with the value as typed and the error beside its field; an
     * address that says the same in other words (an empty date, the list's own order) is redirected to the page's own
     * address. The list of every backer says how many organizations back the project today, with a link to that list.
     */
    @GET
    @Path("{slug}")
    public Response show(@PathParam("slug") String slug, @QueryParam("at") String at,
            @QueryParam("sort") String sort, @Context UriInfo uri) {
        Project project = Project.findBySlug(slug)
                .orElseThrow(() -> new RecordNotFoundException("project", slug));
        PartialDate date = null;
        String atError = null;
        try {
            date = PartialDate.parseOptional(at);
        } catch (InvalidDateException e) {
            atError = e.getMessage();
        }
        ListOrders.Chosen<Backing> order = BackerFilter.ORDERS.chosen(sort);
        BackerFilter filter = new BackerFilter(date, order.order());
        boolean valid = atError == null && order.error() == null;
        Optional<Response> ownAddress = HtmlPages.redirectToOwnAddress(uri, "/projects/" + project.slug,
                filter.query(), Set.of("at", "sort"));
        if (valid && ownAddress.isPresent()) {
            return ownAddress.get();
        }
        List<Backing> backings = Backing.ofProject(project);
        LocalDate today = LocalDate.now();
        long backersToday = Backing.countBackers(backings, today);
        List<BackerChange> changes = BackerChange.involving(project);
        List<BackerChange> arrivals = changes.stream().filter(c -> c.isTo(project)).toList();
        List<BackerChange> departures = changes.stream().filter(c -> c.isFrom(project)).toList();
        Project comparedWith = BackerChange.projectToCompare(project, changes).orElse(null);
        return HtmlPages.form(!valid, Templates.show(project, filter.apply(backings),
                filter.on(PartialDate.ofDay(today)), backersToday, arrivals, departures, comparedWith,
                Alliance.promoting(project), filter, at == null ? "" : at, atError, order.error()));
    }
}
