package org.alliancetracker.organization;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import org.alliancetracker.api.Paging;
import org.alliancetracker.api.Paging.Page;
import org.alliancetracker.api.Views;
import org.alliancetracker.backing.BackerChange;
import org.alliancetracker.backing.Backing;
import org.alliancetracker.membership.Membership;
import org.alliancetracker.web.RecordNotFoundException;

/** Organizations and their whole history: memberships, backings, backer changes and ownership. */
@Path("/api/v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations")
public class OrganizationApi {

    /** An organization; {@code id} is the one the change feed and the records API name it by. */
    public record OrganizationView(long id, String slug, String name, String kind, String website,
            String description) {
    }

    public record FormerNameView(String name, String until) {
    }

    public record MembershipView(long id, String alliance, String tier, String joined, String left, boolean founding,
            String notes, List<Long> sources) {
    }

    public record BackingView(long id, String project, String role, String since, String until, String notes,
            List<Long> sources) {
    }

    /** A backer change of the organization; named apart from the change feed's ChangeView in the API's document. */
    @Schema(name = "OrganizationBackerChangeView")
    public record ChangeView(long id, String from, String to, String date, String note, List<Long> sources) {
    }

    public record OwnershipView(long id, String acquirer, String acquired, String date, String price, String note,
            List<Long> sources) {
    }

    public record OrganizationDetail(OrganizationView organization, List<FormerNameView> formerNames,
            List<MembershipView> memberships, List<BackingView> backings, List<ChangeView> backerChanges,
            List<OwnershipView> ownership) {
    }

    static OrganizationView view(Organization o) {
        return new OrganizationView(o.id, o.slug, o.name, o.kind.name(), o.website, o.description);
    }

    @GET
    @Operation(summary = "All organizations, or those of one kind (?kind=foundation), in id order, a page at a time")
    public RestResponse<Page<OrganizationView>> list(@QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor, @QueryParam("kind") String kind, @Context UriInfo uri) {
        int size = Paging.limit(limit);
        List<Organization> page = Organization.pageAfter(Paging.after("cursor", cursor), size + 1,
                OrganizationKind.named(kind));
        return Paging.page(page, size, o -> o.id, OrganizationApi::view, uri, "cursor");
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One organization with its memberships, backings, backer changes and ownership events")
    public OrganizationDetail get(@PathParam("slug") String slug) {
        Organization o = Organization.findBySlug(slug)
                .orElseThrow(() -> new RecordNotFoundException("organization", slug));
        return new OrganizationDetail(view(o),
                FormerName.of(o).stream().map(f -> new FormerNameView(f.name, Views.iso(f.usedUntil))).toList(),
                Membership.ofOrganization(o).stream().map(m -> new MembershipView(m.id, m.alliance.slug,
                        m.tier == null ? null : m.tier.name, m.joined.iso(), Views.iso(m.departed), m.founding, m.notes,
                        Views.ids(m.sources))).toList(),
                Backing.ofOrganization(o).stream().map(b -> new BackingView(b.id, b.project.slug, b.role.name(),
                        Views.iso(b.since), Views.iso(b.until), b.notes, Views.ids(b.sources))).toList(),
                BackerChange.ofOrganization(o).stream().map(c -> new ChangeView(c.id, c.fromProject.slug,
                        c.toProject.slug, c.movedOn.iso(), c.note, Views.ids(c.sources))).toList(),
                OwnershipEvent.involving(o).stream().map(e -> new OwnershipView(e.id, e.acquirer.slug, e.acquired.slug,
                        e.occurredOn.iso(), e.priceNote, e.note, Views.ids(e.sources))).toList());
    }
}
