package org.alliancetracker.alliance;

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

import org.alliancetracker.common.InvalidDateException;
import org.alliancetracker.common.PartialDate;
import org.alliancetracker.feed.FeedResource;
import org.alliancetracker.feed.RecordFeeds;
import org.alliancetracker.history.AuditEntry;
import org.alliancetracker.importing.CsvFiles;
import org.alliancetracker.membership.Membership;
import org.alliancetracker.web.HtmlPages;
import org.alliancetracker.web.InvalidParameterException;
import org.alliancetracker.web.ListOrder;
import org.alliancetracker.web.ListOrders;
import org.alliancetracker.web.Parameters;
import org.alliancetracker.web.RecordNotFoundException;

/** The alliance pages visitors read: the list, and one alliance with its members on a date. */
@Path("/alliances")
@Produces(MediaType.TEXT_HTML)
public class AllianceResource extends RecordFeeds {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<ListedAlliance> alliances, ListOrder<ListedAlliance> order,
                String sortError);

        static native TemplateInstance show(Alliance alliance, List<MembershipTier> tiers, List<Membership> members,
                long namedFounders, MemberFilter todaysList, long membersToday, List<ReportedCount> counts,
                MemberFilter filter, String atInput, String atError, String tierError, String sortError);
    }

    /**
     * Every alliance with its counts of members, by name or, with {@code ?sort=-today} (or another of the
     * {@link ListedAlliance#ORDERS}), in that order. An order the list does not offer is a 400 that re-shows it by
     * name with the error beside the Order field; an address that names the list's own order, or names one in another
     * case, is redirected to the list's own address.
     */
    @GET
    public Response list(@QueryParam("sort") String sort, @Context UriInfo uri) {
        ListOrders.Chosen<ListedAlliance> chosen = ListedAlliance.ORDERS.chosen(sort);
        Optional<Response> ownAddress = HtmlPages.redirectToOwnAddress(uri, "/alliances", chosen.order().query(),
                Set.of("sort"));
        if (chosen.error() == null && ownAddress.isPresent()) {
            return ownAddress.get();
        }
        return HtmlPages.form(chosen.error() != null, Templates.list(
                chosen.order().sort(ListedAlliance.all(LocalDate.now())), chosen.order(), chosen.error()));
    }

    /** The columns of a member export, which is also the format of a membership import. */
    static final List<String> EXPORT_COLUMNS = List.of("alliance", "organization", "organization_name", "tier",
            "joined", "left", "founding", "notes", "sources");

    /**
     * The members as the page shows them (all, or those on the {@code at} date, of the {@code tier}), as CSV that
     * re-imports as it is.
     */
    @GET
    @Path("{slug}/members.csv")
    @Produces("text/csv")
    public Response membersCsv(@PathParam("slug") String slug, @QueryParam("at") String at,
            @QueryParam("tier") String tier, @QueryParam("sort") String sort) {
        Alliance alliance = Alliance.findBySlug(slug).orElseThrow(() -> new RecordNotFoundException("alliance", slug));
        MemberFilter filter = exportFilter(alliance, at, tier, sort);
        List<List<String>> rows = filter.members(alliance).stream().map(m -> List.of(alliance.slug,
                m.organization.slug, m.organization.name, m.tier == null ? "" : m.tier.name, m.joined.iso(),
                m.departed == null ? "" : m.departed.iso(), m.founding ? "yes" : "no", m.notes == null ? "" : m.notes,
                String.join(";", m.sources.stream().map(s -> String.valueOf(s.id)).toList()))).toList();
        String name = slug + "-members" + filter.fileNameSuffix() + ".csv";
        return Response.ok(CsvFiles.write(EXPORT_COLUMNS, rows))
                .type("text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    /** A member as the JSON export shows it. */
    public record MemberView(String organization, String name, String tier, String joined, String left,
            boolean founding, String notes, List<Long> sources) {
    }

    /** The export as JSON: the alliance, the date and the tier asked for (null when not), and its members. */
    public record MembersView(String alliance, String at, String tier, List<MemberView> members) {
    }

    @GET
    @Path("{slug}/members.json")
    @Produces(MediaType.APPLICATION_JSON)
    public MembersView membersJson(@PathParam("slug") String slug, @QueryParam("at") String at,
            @QueryParam("tier") String tier, @QueryParam("sort") String sort) {
        Alliance alliance = Alliance.findBySlug(slug).orElseThrow(() -> new RecordNotFoundException("alliance", slug));
        MemberFilter filter = exportFilter(alliance, at, tier, sort);
        return new MembersView(alliance.slug, filter.at() == null ? null : filter.at().iso(),
                filter.tier() == null ? null : filter.tier().name, filter.members(alliance).stream()
                .map(m -> new MemberView(m.organization.slug, m.organization.name, m.tier == null ? null : m.tier.name,
                        m.joined.iso(), m.departed == null ? null : m.departed.iso(), m.founding, m.notes,
                        m.sources.stream().map(s -> s.id).toList()))
                .toList());
    }

    /** An export's filter; a date, tier or order that is not one is a 400 that says what is accepted. */
    private static MemberFilter exportFilter(Alliance alliance, String at, String tier, String sort) {
        PartialDate date = Parameters.optionalDate("at", at);
        return new MemberFilter(date, MemberFilter.tierNamed(alliance, MembershipTier.of(alliance), tier),
                MemberFilter.ORDERS.named(sort));
    }

    /** The changes to the alliance and to its memberships, tiers and reported counts. */
    @Override
    protected RecordFeed feedOf(String slug) {
        Alliance alliance = Alliance.findBySlug(slug).orElseThrow(() -> new RecordNotFoundException("alliance", slug));
        return new RecordFeed("/alliances/" + alliance.slug, alliance.name,
                AuditEntry.concerningAlliance(alliance.id, FeedResource.ITEMS));
    }

    /**
     * One alliance; with {@code ?at=2011-06} only its members on that date (the last day of the period), with
     * {@code ?tier=Gold} only those of that tier, and with {@code ?sort=name} (or another of the
     * {@link MemberFilter#ORDERS}) in that order. A date, tier or order that is not one is a 400 that re-shows the page
     * without it, the date as typed and the error beside its field. An address that says the same in other words (the
     * form's empty fields, the default order, a tier in another case) is redirected to the one the page's own links
     * use. The list of every member says how many are members today, with a link to that list (the page's cache entry
     * and ETag change with the day).
     */
    @GET
    @Path("{slug}")
    public Response show(@PathParam("slug") String slug, @QueryParam("at") String at,
            @QueryParam("tier") String tier, @QueryParam("sort") String sort, @Context UriInfo uri) {
        Alliance alliance = Alliance.findBySlug(slug)
                .orElseThrow(() -> new RecordNotFoundException("alliance", slug));
        PartialDate date = null;
        String atError = null;
        try {
            date = PartialDate.parseOptional(at);
        } catch (InvalidDateException e) {
            atError = e.getMessage();
        }
        List<MembershipTier> tiers = MembershipTier.of(alliance);
        MembershipTier chosenTier = null;
        String tierError = null;
        try {
            chosenTier = MemberFilter.tierNamed(alliance, tiers, tier);
        } catch (InvalidParameterException e) {
            tierError = e.formMessage();
        }
        ListOrders.Chosen<Membership> order = MemberFilter.ORDERS.chosen(sort);
        MemberFilter filter = new MemberFilter(date, chosenTier, order.order());
        boolean valid = atError == null && tierError == null && order.error() == null;
        Optional<Response> ownAddress = HtmlPages.redirectToOwnAddress(uri, "/alliances/" + alliance.slug,
                filter.query(), Set.of("at", "tier", "sort"));
        if (valid && ownAddress.isPresent()) {
            return ownAddress.get();
        }
        List<Membership> members = filter.members(alliance);
        long namedFounders = members.stream().filter(m -> m.founding).count();
        LocalDate today = LocalDate.now();
        long membersToday = members.stream().filter(m -> m.isActiveOn(today)).count();
        return HtmlPages.form(!valid, Templates.show(alliance, tiers, members, namedFounders,
                filter.on(PartialDate.ofDay(today)), membersToday, ReportedCount.of(alliance), filter,
                at == null ? "" : at, atError, tierError, order.error()));
    }
}
