package org.alliancetracker.backing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancetracker.editing.Cascade;
import org.alliancetracker.editing.Field;
import org.alliancetracker.editing.FormReader;
import org.alliancetracker.editing.Options;
import org.alliancetracker.editing.RecordEditor;
import org.alliancetracker.organization.Organization;
import org.alliancetracker.organization.OrganizationLookup;
import org.alliancetracker.project.Project;
import org.alliancetracker.source.SourceLookup;

@ApplicationScoped
public class BackingEditor implements RecordEditor<Backing> {

    @Override
    public String type() {
        return "backing";
    }

    @Override
    public String noun() {
        return "backing";
    }

    @Override
    public Backing find(long id) {
        return Backing.findById(id);
    }

    @Override
    public Backing newRecord() {
        return new Backing();
    }

    @Override
    public List<Field> fields() {
        return List.of(
                Field.lookup("organization", "Organization", true, OrganizationLookup.INSTANCE, null),
                Field.select("project", "Project", true, Options.projects(), null),
                Field.select("role", "Role", true, Options.of(BackingRole.values(), r -> r.label), null),
                Field.date("since", "From", false, "Leave empty when no source gives a start."),
                Field.date("until", "To", false, "Leave empty while it goes on."),
                Field.textarea("notes", "Notes", 2000, null),
                SourceLookup.field(null));
    }

    @Override
    public Map<String, String> values(Backing b) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("organization", FormReader.id(b.organization));
        v.put("project", FormReader.id(b.project));
        v.put("role", FormReader.name(b.role));
        v.put("since", FormReader.iso(b.since));
        v.put("until", FormReader.iso(b.until));
        v.put("notes", FormReader.orEmpty(b.notes));
        v.put("sources", FormReader.ids(b.sources));
        return v;
    }

    @Override
    public void apply(Backing b, Map<String, String> values, Map<String, String> errors) {
        FormReader in = new FormReader(values, errors);
        b.organization = in.reference("organization", id -> Organization.findById(id), true, "Choose an organization.");
        b.project = in.reference("project", id -> Project.findById(id), true, "Choose a project.");
        b.role = in.choice("role", BackingRole.class, true, "Choose a role.");
        b.since = in.date("since", false);
        b.until = in.date("until", false);
        b.notes = in.text("notes");
        b.sources.clear();
        b.sources.addAll(in.sources("sources"));
    }

    @Override
    public String fieldFor(String propertyPath) {
        return propertyPath.equals("untilNotBeforeSince") ? "until" : propertyPath;
    }

    @Override
    public String describe(Backing b) {
        return b.organization.name + " backing " + b.project.name + " as " + b.role.label.toLowerCase(Locale.ENGLISH);
    }

    @Override
    public String pageOf(Backing b) {
        return "/projects/" + b.project.slug;
    }

    @Override
    public List<String> dependents(Backing b) {
        return BackerChange.linkedTo(b).stream().map(c -> "the link from " + c.organization.name
                + "'s backer change (it is cleared; the change stays)").toList();
    }

    @Override
    public void deleteDependents(Backing b, Cascade cascade) {
        BackerChange.linkedTo(b).forEach(c -> cascade.update("backer-change", c, r -> {
            if (r.endedBacking == b) {
                r.endedBacking = null;
            }
            if (r.startedBacking == b) {
                r.startedBacking = null;
            }
        }));
    }
}
