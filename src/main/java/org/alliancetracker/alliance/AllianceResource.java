package org.alliancetracker.alliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.alliancetracker.common.PartialDate;
import org.alliancetracker.membership.Membership;
import org.alliancetracker.web.Parameters;
import org.alliancetracker.web.RecordNotFoundException;

/** The alliance pages visitors read: the list, and one alliance with its members on a date. */
@Path("/alliances")
@Produces(MediaType.TEXT_HTML)
public class AllianceResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Alliance> alliances, Map<Long, Long> namedMembers,
                Map<Long, Long> currentMembers);

        static native TemplateInstance show(Alliance alliance, List<MembershipTier> tiers, List<Membership> members,
                long namedFounders, List<ReportedCount> counts, PartialDate at, String atInput);
    }

    @GET
    public TemplateInstance list() {
        return Templates.list(Alliance.allByName(), Membership.countByAlliance(),
                Membership.countActiveByAlliance(LocalDate.now()));
    }

    /** One alliance; with {@code ?at=2011-06} only its members on that date (the last day of the period). */
    @GET
    @Path("{slug}")
    public TemplateInstance show(@PathParam("slug") String slug, @QueryParam("at") String at) {
        PartialDate date = Parameters.optionalDate("at", at);
        Alliance alliance = Alliance.findBySlug(slug)
                .orElseThrow(() -> new RecordNotFoundException("alliance", slug));
        List<Membership> members = date == null
                ? Membership.ofAlliance(alliance)
                : Membership.activeOn(alliance, date.latest());
        long namedFounders = members.stream().filter(m -> m.founding).count();
        return Templates.show(alliance, MembershipTier.of(alliance), members, namedFounders,
                ReportedCount.of(alliance), date, at == null ? "" : at);
    }
}
