package org.alliancetracker.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.alliancetracker.alliance.Alliance;
import org.alliancetracker.backing.BackerChange;
import org.alliancetracker.backing.Backing;
import org.alliancetracker.web.RecordNotFoundException;

/** The project pages: the list, and one project's backers over time, who came and who left. */
@Path("/projects")
@Produces(MediaType.TEXT_HTML)
public class ProjectResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Project> projects, Map<Long, Long> currentBackers);

        static native TemplateInstance show(Project project, List<Backing> backings, List<BackerChange> arrivals,
                List<BackerChange> departures, List<Alliance> promotedBy);
    }

    @GET
    public TemplateInstance list() {
        return Templates.list(Project.allByName(), Backing.countBackersByProject(LocalDate.now()));
    }

    @GET
    @Path("{slug}")
    public TemplateInstance show(@PathParam("slug") String slug) {
        Project project = Project.findBySlug(slug)
                .orElseThrow(() -> new RecordNotFoundException("project", slug));
        List<BackerChange> changes = BackerChange.involving(project);
        return Templates.show(project, Backing.ofProject(project),
                changes.stream().filter(c -> c.toProject == project).toList(),
                changes.stream().filter(c -> c.fromProject == project).toList(),
                Alliance.promoting(project));
    }
}
