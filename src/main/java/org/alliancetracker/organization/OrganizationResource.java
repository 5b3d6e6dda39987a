package org.alliancetracker.organization;

import java.util.List;

import jakarta.inject.Inject;
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
import org.alliancetracker.history.AuditEntry;
import org.alliancetracker.membership.Membership;
import org.alliancetracker.web.Pager;
import org.alliancetracker.web.RecordNotFoundException;

/** The organization pages: the list, and one organization's memberships, backings, moves and ownership. */
@Path("/organizations")
@Produces(MediaType.TEXT_HTML)
public class OrganizationResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Organization> organizations, Pager pager);

        static native TemplateInstance show(Organization organization, List<FormerName> formerNames,
                List<Membership> memberships, List<Backing> backings, List<BackerChange> changes,
                List<OwnershipEvent> ownership);
    }

    /** Enough names to scan on one page; a community tracking thousands of companies gets pages, not a 1 MB list. */
    static final int PAGE_SIZE = 200;

    @GET
    public TemplateInstance list(@QueryParam("page") String page) {
        Pager pager = Pager.of(page, PAGE_SIZE, Organization.count());
        return Templates.list(Organization.byName(pager.offset(), PAGE_SIZE), pager);
    }

    @Inject
    FeedResource feeds;

    @GET
    @Path("{slug}/feed.atom")
    @Produces(FeedResource.ATOM)
    public Response feedAtom(@PathParam("slug") String slug, @Context UriInfo uri) {
        return feed(FeedResource.ATOM, slug, uri);
    }

    @GET
    @Path("{slug}/feed.json")
    @Produces(FeedResource.JSON_FEED)
    public Response feedJson(@PathParam("slug") String slug, @Context UriInfo uri) {
        return feed(FeedResource.JSON_FEED, slug, uri);
    }

    /** The changes to the organization and to what its page shows. */
    private Response feed(String type, String slug, UriInfo uri) {
        Organization organization = Organization.findBySlug(slug)
                .orElseThrow(() -> new RecordNotFoundException("organization", slug));
        return feeds.ofPage(type, "/organizations/" + organization.slug, organization.name,
                AuditEntry.concerningOrganization(organization.id, FeedResource.ITEMS), uri);
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
