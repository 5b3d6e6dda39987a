package org.alliancetracker.backing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.alliancetracker.editing.Cascade;
import org.alliancetracker.editing.Field;
import org.alliancetracker.editing.FormReader;
import org.alliancetracker.editing.Options;
import org.alliancetracker.editing.RecordEditor;
import org.alliancetracker.organization.Organization;
import org.alliancetracker.project.Project;
import org.alliancetracker.web.Formats;

/**
 * One form for "organization moved from project X to Y on date D": records the backer change, ends the
 * organization's open backing of X on that date and starts its backing of Y, in one transaction.
 */
@ApplicationScoped
public class MoveEditor implements RecordEditor<BackerChange> {

    @Inject
    BackerChangeEditor changes;

    @Override
    public String type() {
        return "move";
    }

    @Override
    public String recordType() {
        return changes.type();
    }

    @Override
    public String noun() {
        return "backer change";
    }

    @Override
    public boolean editable() {
        return false;
    }

    @Override
    public BackerChange find(long id) {
        return changes.find(id);
    }

    @Override
    public BackerChange newRecord() {
        return new BackerChange();
    }

    @Override
    public List<Field> fields() {
        List<Field> fields = new ArrayList<>(changes.fields());
        fields.add(4, Field.select("role", "Role in the new project", true,
                Options.of(BackingRole.values(), r -> r.label), "How it backs the project it moved to."));
        return fields;
    }

    /**
     * With the organization known (the form opened from its page, or shown again with a name that found it), "Moved
     * from" lists first the projects it backs, and says that the move ends that backing, or that there is none to end.
     */
    @Override
    public List<Field> fields(Map<String, String> values) {
        List<Field> fields = fields();
        String chosen = values.get("organization");
        Organization organization = chosen != null && chosen.matches("[0-9]{1,18}")
                ? Organization.findById(Long.valueOf(chosen)) : null;
        if (organization == null) {
            return fields;
        }
        List<Project> backed = Backing.openlyBackedBy(organization);
        List<String> backedIds = backed.stream().map(p -> String.valueOf(p.id)).toList();
        String help = backed.isEmpty()
                ? organization.name + " backs no project: the move only starts its backing of the new one."
                : organization.name + " backs " + Formats.series(backed.stream().map(p -> p.name).toList(), "and")
                        + " (listed first): the move ends " + (backed.size() == 1 ? "that backing."
                                : "its backing of the one it moved from.");
        List<Field> shown = new ArrayList<>(fields);
        // The projects backed first; the sort keeps the name order within each group.
        shown.replaceAll(f -> f.name().equals("fromProject") ? Field.select(f.name(), f.label(), f.required(),
                f.options().stream().sorted(Comparator.comparing(o -> !backedIds.contains(o.value()))).toList(), help)
                : f);
        return shown;
    }

    @Override
    public Map<String, String> values(BackerChange c) {
        return changes.values(c);
    }

    @Override
    public void apply(BackerChange c, Map<String, String> values, Map<String, String> errors) {
        changes.apply(c, values, errors);
        new FormReader(values, errors).choice("role", BackingRole.class, true, "Choose the role in the new project.");
    }

    @Override
    public String fieldFor(String propertyPath) {
        return changes.fieldFor(propertyPath);
    }

    @Override
    public void afterCreate(BackerChange c, Map<String, String> values, Cascade cascade) {
        Backing open = Backing.openOf(c.organization).stream()
                .filter(b -> b.project.id.equals(c.fromProject.id)).findFirst().orElse(null);
        if (open != null) {
            cascade.update("backing", open, b -> b.until = c.movedOn);
        }
        Backing started = new Backing();
        started.organization = c.organization;
        started.project = c.toProject;
        started.role = BackingRole.valueOf(values.get("role").strip());
        started.since = c.movedOn;
        started.sources.addAll(c.sources);
        cascade.create("backing", started);
        cascade.update(changes.type(), c, r -> {
            r.endedBacking = open;
            r.startedBacking = started;
        });
    }

    @Override
    public String describe(BackerChange c) {
        return changes.describe(c);
    }

    @Override
    public String pageOf(BackerChange c) {
        return changes.pageOf(c);
    }
}
