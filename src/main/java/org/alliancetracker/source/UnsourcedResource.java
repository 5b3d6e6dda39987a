package org.alliancetracker.source;

import java.util.List;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.alliancetracker.account.Role;
import org.alliancetracker.alliance.Alliance;
import org.alliancetracker.alliance.ReportedCount;
import org.alliancetracker.backing.BackerChange;
import org.alliancetracker.backing.Backing;
import org.alliancetracker.common.TrackedEntity;
import org.alliancetracker.editing.EditorRegistry;
import org.alliancetracker.editing.RecordEditor;
import org.alliancetracker.membership.Membership;
import org.alliancetracker.organization.OwnershipEvent;

/**
 * For editors, the facts that cite no source yet, of each kind that cites sources, the latest recorded first, each
 * with a link to its form: what is left to source. Six queries, however many facts there are.
 */
@Path("/edit/unsourced")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.EDITOR_ROLE)
public class UnsourcedResource {

    /** How many facts of each kind the page lists at most. */
    static final int LIMIT = 100;

    /** A fact without a source: what it is, the page where it shows, and its form. */
    public record Fact(String description, String page, String form) {
    }

    /** The facts of one kind without a source, and whether there are more than those listed. */
    public record Kind(String heading, String type, List<Fact> facts, boolean more) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Kind> kinds, int limit);
    }

    @Inject
    EditorRegistry registry;

    /** The kinds with facts to source; none when every fact cites a source. */
    @GET
    public TemplateInstance list() {
        return Templates.list(Stream.of(
                kind("Alliances", "alliance", Alliance.withoutSources(LIMIT + 1)),
                kind("Memberships", "membership", Membership.withoutSources(LIMIT + 1)),
                kind("Backings", "backing", Backing.withoutSources(LIMIT + 1)),
                kind("Moves between projects", "backer-change", BackerChange.withoutSources(LIMIT + 1)),
                kind("Acquisitions", "ownership", OwnershipEvent.withoutSources(LIMIT + 1)),
                kind("Reported counts", "reported-count", ReportedCount.withoutSources(LIMIT + 1)))
                .filter(kind -> !kind.facts().isEmpty()).toList(), LIMIT);
    }

    private Kind kind(String heading, String type, List<? extends TrackedEntity> records) {
        RecordEditor<TrackedEntity> editor = registry.forType(type).orElseThrow();
        List<Fact> facts = records.stream().limit(LIMIT).map(record -> new Fact(editor.describe(record),
                editor.pageOf(record), "/edit/" + type + "/" + record.id)).toList();
        return new Kind(heading, type, facts, records.size() > LIMIT);
    }
}
