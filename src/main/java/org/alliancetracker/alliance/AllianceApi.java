package org.alliancetracker.alliance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

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

import org.alliancetracker.api.Paging;
import org.alliancetracker.api.Paging.Page;
import org.alliancetracker.api.Views;
import org.alliancetracker.common.PartialDate;
import org.alliancetracker.membership.Membership;
import org.alliancetracker.web.Parameters;
import org.alliancetracker.web.RecordNotFoundException;

/**
 * Alliances, their tiers, reported counts and members, for bots. Dates are ISO 8601 at their stored precision; "today"
 * is the server's date, as on the pages.
 */
@Path("/api/v1/alliances")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alliances")
public class AllianceApi {

    public record TierView(String name, int rank, String description) {
    }

    public record CountView(String asOf, int count, String qualifier, String subject, String note, List<Long> sources) {
    }

    /** An alliance; {@code id} is the one the change feed and the records API name it by. */
    public record AllianceView(long id, String slug, String name, String abbreviation, String founded, String dissolved,
            String website, String description, List<String> promotes, List<Long> sources, long namedMembers,
            long membersToday) {
    }

    public record AllianceDetail(AllianceView alliance, List<TierView> tiers, List<CountView> reportedCounts) {
    }

    public record MemberView(long id, String organization, String name, String tier, String joined, String left,
            boolean founding, String notes, List<Long> sources) {
    }

    static AllianceView view(Alliance a, Membership.CountsByAlliance counts) {
        return new AllianceView(a.id, a.slug, a.name, a.abbreviation, Views.iso(a.founded), Views.iso(a.dissolved),
                a.website, a.description, a.promotes.stream().map(p -> p.slug).toList(), Views.ids(a.sources),
                counts.named().getOrDefault(a.id, 0L), counts.active().getOrDefault(a.id, 0L));
    }

    @GET
    @Operation(summary = "All alliances, in id order, a page at a time")
    public RestResponse<Page<AllianceView>> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        int size = Paging.limit(limit);
        long after = Paging.after("cursor", cursor);
        List<Alliance> page = Alliance.pageAfter(after, size + 1);
        Membership.CountsByAlliance counts = Membership.countsByAlliance(LocalDate.now());
        return Paging.page(page, size, a -> a.id, a -> view(a, counts), uri, "cursor");
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One alliance with its tiers and reported counts")
    public AllianceDetail get(@PathParam("slug") String slug) {
        Alliance alliance = find(slug);
        return new AllianceDetail(view(alliance, Membership.countsByAlliance(LocalDate.now())),
                MembershipTier.of(alliance).stream().map(t -> new TierView(t.name, t.rank, t.description)).toList(),
                ReportedCount.of(alliance).stream().map(c -> new CountView(c.asOf.iso(), c.count, c.qualifier.name(),
                        c.subject.name(), c.note, Views.ids(c.sources))).toList());
    }

    @GET
    @Path("{slug}/members")
    @Operation(summary = "The alliance's members, all or those on a date (at) and of a tier, a page at a time")
    public RestResponse<Page<MemberView>> members(@PathParam("slug") String slug, @QueryParam("at") String at,
            @QueryParam("tier") String tier, @QueryParam("limit") String limit, @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        PartialDate date = Parameters.optionalDate("at", at);
        int size = Paging.limit(limit);
        long after = Paging.after("cursor", cursor);
        Alliance alliance = find(slug);
        MemberFilter filter = new MemberFilter(date,
                MemberFilter.tierNamed(alliance, MembershipTier.of(alliance), tier));
        List<Membership> members = filter.members(alliance).stream()
                .filter(m -> m.id > after)
                .sorted(Comparator.comparing(m -> m.id))
                .limit(size + 1L).toList();
        return Paging.page(members, size, m -> m.id, m -> new MemberView(m.id, m.organization.slug, m.organization.name,
                m.tier == null ? null : m.tier.name, m.joined.iso(), Views.iso(m.departed), m.founding, m.notes,
                Views.ids(m.sources)), uri, "cursor");
    }

    private static Alliance find(String slug) {
        return Alliance.findBySlug(slug).orElseThrow(() -> new RecordNotFoundException("alliance", slug));
    }
}
