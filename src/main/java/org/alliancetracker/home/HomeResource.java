package org.alliancetracker.home;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.alliancetracker.alliance.Alliance;
import org.alliancetracker.backing.BackerChange;
import org.alliancetracker.backing.Backing;
import org.alliancetracker.membership.Membership;
import org.alliancetracker.organization.OwnershipEvent;
import org.alliancetracker.project.Project;

/** The home page: alliances and projects with their counts, and the latest moves and acquisitions. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    static final int LATEST = 6;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<Alliance> alliances, Map<Long, Long> namedMembers,
                Map<Long, Long> currentMembers, List<Project> projects, Map<Long, Long> currentBackers,
                List<BackerChange> latestChanges, List<OwnershipEvent> latestAcquisitions);
    }

    @GET
    public TemplateInstance home() {
        LocalDate today = LocalDate.now();
        Membership.CountsByAlliance members = Membership.countsByAlliance(today);
        return Templates.home(Alliance.allByName(), members.named(), members.active(), Project.allByName(),
                Backing.countBackersByProject(today),
                BackerChange.latest(LATEST), OwnershipEvent.latest(LATEST));
    }
}
