package org.alliancetracker.source;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.alliancetracker.alliance.Alliance;
import org.alliancetracker.alliance.ReportedCount;
import org.alliancetracker.backing.BackerChange;
import org.alliancetracker.backing.Backing;
import org.alliancetracker.membership.Membership;
import org.alliancetracker.organization.OwnershipEvent;
import org.alliancetracker.web.Pager;
import org.alliancetracker.web.RecordNotFoundException;

/** The sources, each with every fact it supports. */
@Path("/sources")
@Produces(MediaType.TEXT_HTML)
public class SourceResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Source> sources, Pager pager);

        static native TemplateInstance show(Source source, List<Alliance> alliances, List<Membership> memberships,
                List<ReportedCount> counts, List<Backing> backings, List<BackerChange> changes,
                List<OwnershipEvent> ownership);
    }

    /** Each source reads as a title and a citation: a hundred make a page. */
    static final int PAGE_SIZE = 100;

    @GET
    public TemplateInstance list(@QueryParam("page") String page) {
        Pager pager = Pager.of(page, PAGE_SIZE, Source.count());
        return Templates.list(Source.byPublication(pager.offset(), PAGE_SIZE), pager);
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") String id) {
        Long key = parseId(id);
        Source source = key == null ? null : Source.findById(key);
        if (source == null) {
            throw new RecordNotFoundException("source", id);
        }
        return Templates.show(source, Alliance.citing(source), Membership.citing(source), ReportedCount.citing(source),
                Backing.citing(source), BackerChange.citing(source), OwnershipEvent.citing(source));
    }

    private static Long parseId(String id) {
        return id.matches("[0-9]{1,18}") ? Long.valueOf(id) : null;
    }
}
