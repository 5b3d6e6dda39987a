package org.alliancetracker.backing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancetracker.editing.Field;
import org.alliancetracker.editing.FormReader;
import org.alliancetracker.editing.Options;
import org.alliancetracker.editing.RecordEditor;
import org.alliancetracker.organization.Organization;
import org.alliancetracker.organization.OrganizationLookup;
import org.alliancetracker.project.Project;
import org.alliancetracker.source.SourceLookup;
import org.alliancetracker.web.Formats;

/** Edits a recorded backer change; {@link MoveEditor} records a new one together with its backings. */
@ApplicationScoped
public class BackerChangeEditor implements RecordEditor<BackerChange> {

    @Override
    public String type() {
        return "backer-change";
    }

    @Override
    public String noun() {
        return "backer change";
    }

    @Override
    public BackerChange find(long id) {
        return BackerChange.findById(id);
    }

    @Override
    public BackerChange newRecord() {
        return new BackerChange();
    }

    @Override
    public List<Field> fields() {
        List<Field.Option> projects = Options.projects();
        return List.of(
                Field.lookup("organization", "Organization", true, OrganizationLookup.INSTANCE, null),
                Field.select("fromProject", "Moved from", true, projects, null),
                Field.select("toProject", "Moved to", true, projects, null),
                Field.date("movedOn", "Date", true, null),
                Field.textarea("note", "Note", 2000, null),
                SourceLookup.field(null));
    }

    @Override
    public Map<String, String> values(BackerChange c) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("organization", FormReader.id(c.organization));
        v.put("fromProject", FormReader.id(c.fromProject));
        v.put("toProject", FormReader.id(c.toProject));
        v.put("movedOn", FormReader.iso(c.movedOn));
        v.put("note", FormReader.orEmpty(c.note));
        v.put("sources", FormReader.ids(c.sources));
        v.put("endedBacking", FormReader.id(c.endedBacking));
        v.put("startedBacking", FormReader.id(c.startedBacking));
        return v;
    }

    @Override
    public void apply(BackerChange c, Map<String, String> values, Map<String, String> errors) {
        FormReader in = new FormReader(values, errors);
        c.organization = in.reference("organization", id -> Organization.findById(id), true,
                "Choose an organization.");
        c.fromProject = in.reference("fromProject", id -> Project.findById(id), true,
                "Choose the project it moved from.");
        c.toProject = in.reference("toProject", id -> Project.findById(id), true, "Choose the project it moved to.");
        c.movedOn = in.date("movedOn", true);
        c.note = in.text("note");
        c.sources.clear();
        c.sources.addAll(in.sources("sources"));
        // The links to the backings are kept from a snapshot when reverting, and otherwise left as they are.
        if (values.containsKey("endedBacking")) {
            c.endedBacking = in.reference("endedBacking", id -> Backing.findById(id), false,
                    "Leave it out, or give the backing it ended.");
        }
        if (values.containsKey("startedBacking")) {
            c.startedBacking = in.reference("startedBacking", id -> Backing.findById(id), false,
                    "Leave it out, or give the backing it started.");
        }
        if (!c.isEndedBackingConsistent()) {
            c.endedBacking = null;
        }
        if (!c.isStartedBackingConsistent()) {
            c.startedBacking = null;
        }
    }

    @Override
    public String referent(String field) {
        return switch (field) {
            case "fromProject" -> "the project it moved from";
            case "toProject" -> "the project it moved to";
            case "endedBacking" -> "the backing it ended";
            case "startedBacking" -> "the backing it started";
            default -> null;
        };
    }

    @Override
    public String fieldFor(String propertyPath) {
        return switch (propertyPath) {
            case "betweenTwoProjects" -> "toProject";
            case "endedBackingConsistent" -> "fromProject";
            case "startedBackingConsistent" -> "toProject";
            default -> propertyPath;
        };
    }

    @Override
    public String describe(BackerChange c) {
        return c.organization.name + " moved from " + c.fromProject.name + " to " + c.toProject.name + " ("
                + Formats.display(c.movedOn) + ")";
    }

    @Override
    public String pageOf(BackerChange c) {
        return "/organizations/" + c.organization.slug;
    }
}
