package org.alliancetracker.organization;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.alliancetracker.backing.BackerChange;
import org.alliancetracker.backing.Backing;
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
