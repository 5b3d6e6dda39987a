package org.alliancetracker.organization;

import java.util.List;
import java.util.Map;
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

import org.alliancetracker.backing.BackerChange;
import org.alliancetracker.backing.Backing;
import org.alliancetracker.feed.FeedResource;
import org.alliancetracker.feed.RecordFeeds;
import org.alliancetracker.history.AuditEntry;
import org.alliancetracker.membership.Membership;
import org.alliancetracker.web.HtmlPages;
import org.alliancetracker.web.InvalidParameterException;
import org.alliancetracker.web.ListOrder;
import org.alliancetracker.web.ListOrders;
import org.alliancetracker.web.Pager;
import org.alliancetracker.web.Parameters;
import org.alliancetracker.web.RecordNotFoundException;

/** The organization pages: the list, and one organization's memberships, backings, moves and ownership. */
@Path("/organizations")
@Produces(MediaType.TEXT_HTML)
public class OrganizationResource extends RecordFeeds {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<ListedOrganization> organizations, Pager pager, OrganizationKind kind,
                ListOrder<ListedOrganization> order, String listQuery, Map<OrganizationKind, Long> kinds, long total,
                NameIndex index, String kindError, String sortError);

        static native TemplateInstance show(Organization organization, List<FormerName> formerNames,
                List<Membership> memberships, List<Backing> backings, List<BackerChange> changes,
                List<OwnershipEvent> ownership);
    }

    /** Enough names to scan on one page; a community tracking thousands of companies gets pages, not a 1 MB list. */
    static final int PAGE_SIZE = 200;

    /**
     * The organizations in name order, a page at a time, all or, with {@code ?kind=foundation}, of one kind; with
     * {@code ?sort=-alliances} (or another of {@link ListedOrganization#ORDERS}), in another order. The Kind field
     * lists the kinds recorded with their counts; a long list in name order starts with an index of first letters
     * ({@link NameIndex}). A kind or order that is not one is a 400 that re-shows every organization by name with the
     * error beside its field; an address that says the same in other words (an empty kind, a kind or order in another
     * case, the list's own order, page 1) is redirected to the list's own address.
     */
    @GET
    public Response list(@QueryParam("page") String page, @QueryParam("kind") String kind,
            @QueryParam("sort") String sort, @Context UriInfo uri) {
        OrganizationKind chosen = null;
        String kindError = null;
        try {
            chosen = OrganizationKind.named(kind);
        } catch (InvalidParameterException e) {
            kindError = e.formMessage();
        }
        ListOrders.Chosen<ListedOrganization> order = ListedOrganization.ORDERS.chosen(sort);
        Map<OrganizationKind, Long> kinds = Organization.countByKind();
        long total = kinds.values().stream().mapToLong(Long::longValue).sum();
        Pager pager = Pager.of(page, PAGE_SIZE, chosen == null ? total : kinds.getOrDefault(chosen, 0L));
        String listQuery = Parameters.query("kind", chosen == null ? null : chosen.parameter(),
                "sort", order.order().queryValue());
        Optional<Response> ownAddress = HtmlPages.redirectToOwnAddress(uri, "/organizations",
                pager.linkTo(listQuery, pager.page()), Set.of("kind", "sort", "page"));
        boolean inError = kindError != null || order.error() != null;
        if (!inError && ownAddress.isPresent()) {
            return ownAddress.get();
        }
        List<ListedOrganization> organizations = Organization.listed(chosen, order.order(), pager.offset(), PAGE_SIZE);
        if (chosen != null) {
            kinds.putIfAbsent(chosen, 0L);
        }
        return HtmlPages.form(inError, Templates.list(organizations, pager, chosen, order.order(), listQuery, kinds,
                total, NameIndex.of(chosen, order.order(), pager, organizations), kindError, order.error()));
    }

    /** The changes to the organization and to what its page shows. */
    @Override
    protected RecordFeed feedOf(String slug) {
        Organization organization = Organization.findBySlug(slug)
                .orElseThrow(() -> new RecordNotFoundException("organization", slug));
        return new RecordFeed("/organizations/" + organization.slug, organization.name,
                AuditEntry.concerningOrganization(organization.id, FeedResource.ITEMS));
    }

    @GET
    @Path("{slug}")
    public TemplateInstance show(@PathParam("slug") String slug) {
        Organization organization = Organization.findBySlug(slug)
                .orElseThrow(() -> new RecordNotFoundException("organization", slug));
        return Templates.show(organization, FormerName.of(organization), Membership.ofOrganization(organization),
                Backing.ofOrganization(organization), BackerChange.ofOrganization(organization),
                OwnershipEvent.involving(organization));
    }
}
