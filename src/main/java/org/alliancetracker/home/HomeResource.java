package org.alliancetracker.home;

import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.alliancetracker.alliance.ListedAlliance;
import org.alliancetracker.backing.BackerChange;
import org.alliancetracker.organization.OwnershipEvent;
import org.alliancetracker.project.ListedProject;

/**
 * The home page: the alliances with the most members today and the projects with the most backers today, with their
 * counts and a link to every one where there are more; and the latest moves and acquisitions.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    static final int LATEST = 6;

    /** How many alliances and how many projects the page shows, the largest first. */
    static final int SHOWN = 6;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<ListedAlliance> alliances, int allianceCount,
                List<ListedProject> projects, int projectCount, List<BackerChange> latestChanges,
                List<OwnershipEvent> latestAcquisitions);
    }

    @GET
    public TemplateInstance home() {
        LocalDate today = LocalDate.now();
        List<ListedAlliance> alliances = ListedAlliance.all(today);
        List<ListedProject> projects = ListedProject.all(today);
        return Templates.home(largest(ListedAlliance.ORDERS.named("-today").sort(alliances)), alliances.size(),
                largest(ListedProject.ORDERS.named("-today").sort(projects)), projects.size(),
                BackerChange.latest(LATEST), OwnershipEvent.latest(LATEST));
    }

    private static <T> List<T> largest(List<T> sorted) {
        return sorted.subList(0, Math.min(SHOWN, sorted.size()));
    }
}
