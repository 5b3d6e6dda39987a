package org.alliancetracker.alliance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancetracker.common.Slugs;
import org.alliancetracker.editing.Cascade;
import org.alliancetracker.editing.Field;
import org.alliancetracker.editing.FormReader;
import org.alliancetracker.editing.Options;
import org.alliancetracker.editing.RecordEditor;
import org.alliancetracker.membership.Membership;
import org.alliancetracker.project.Project;
import org.alliancetracker.source.SourceLookup;
import org.alliancetracker.web.Formats;

@ApplicationScoped
public class AllianceEditor implements RecordEditor<Alliance> {

    @Override
    public String type() {
        return "alliance";
    }

    @Override
    public String noun() {
        return "alliance";
    }

    @Override
    public Alliance find(long id) {
        return Alliance.findById(id);
    }

    @Override
    public Alliance newRecord() {
        return new Alliance();
    }

    @Override
    public List<Field> fields() {
        return List.of(
                Field.text("name", "Name", true, 200, null),
                Field.text("slug", "Slug", true, 80,
                        "Its name in addresses, e.g. open-virtualization-alliance. " + Slugs.CHANGE_NOTE),
                Field.text("abbreviation", "Abbreviation", false, 20, "E.g. OVA."),
                Field.date("founded", "Founded", true, null),
                Field.date("dissolved", "Dissolved", false, "Leave empty while it exists."),
                Field.text("website", "Website", false, 500, "An http:// or https:// address."),
                Field.textarea("description", "Description", 4000, "In your own words."),
                Field.multi("promotes", "Projects it promotes", Options.projects(),
                        "Hold Ctrl or Cmd to choose several."),
                SourceLookup.field("For its founding, dissolution and description."));
    }

    @Override
    public Map<String, String> values(Alliance a) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("name", FormReader.orEmpty(a.name));
        v.put("slug", FormReader.orEmpty(a.slug));
        v.put("abbreviation", FormReader.orEmpty(a.abbreviation));
        v.put("founded", FormReader.iso(a.founded));
        v.put("dissolved", FormReader.iso(a.dissolved));
        v.put("website", FormReader.orEmpty(a.website));
        v.put("description", FormReader.orEmpty(a.description));
        v.put("promotes", FormReader.ids(a.promotes));
        v.put("sources", FormReader.ids(a.sources));
        return v;
    }

    @Override
    public void apply(Alliance a, Map<String, String> values, Map<String, String> errors) {
        FormReader in = new FormReader(values, errors);
        a.name = in.text("name");
        a.slug = in.text("slug");
        a.abbreviation = in.text("abbreviation");
        a.founded = in.date("founded", true);
        a.dissolved = in.date("dissolved", false);
        a.website = in.text("website");
        a.description = in.text("description");
        a.promotes.clear();
        a.promotes.addAll(in.references("promotes", id -> Project.findById(id)));
        a.sources.clear();
        a.sources.addAll(in.sources("sources"));
        if (a.slugTakenByAnother()) {
            errors.put("slug", "Another alliance has the slug " + a.slug + ".");
        }
        if (a.id != null && a.founded != null) {
            Membership.joinedBefore(a, a.founded.earliest()).ifPresent(m -> errors.putIfAbsent("founded",
                    m.organization.name + " joined in " + Formats.display(m.joined)
                            + ", before this date: correct its membership first."));
        }
        if (a.id != null && a.dissolved != null) {
            Membership.joinedAfter(a, a.dissolved.latest()).ifPresent(m -> errors.putIfAbsent("dissolved",
                    m.organization.name + " joined in " + Formats.display(m.joined)
                            + ", after this date: correct its membership first."));
        }
    }

    @Override
    public String fieldFor(String propertyPath) {
        return propertyPath.equals("dissolvedNotBeforeFounded") ? "dissolved" : propertyPath;
    }

    @Override
    public String describe(Alliance a) {
        return a.name;
    }

    @Override
    public String pageOf(Alliance a) {
        return "/alliances/" + a.slug;
    }

    @Override
    public String pageAfterDelete(Alliance record) {
        return "/alliances";
    }

    @Override
    public List<String> dependents(Alliance a) {
        List<String> d = new ArrayList<>();
        Membership.ofAlliance(a).forEach(m -> d.add("the membership of " + m.organization.name));
        MembershipTier.of(a).forEach(t -> d.add("the tier " + t.name));
        ReportedCount.of(a).forEach(c -> d.add("the reported count of " + Formats.phrase(c) + " ("
                + Formats.display(c.asOf) + ")"));
        return d;
    }

    @Override
    public void deleteDependents(Alliance a, Cascade cascade) {
        Membership.ofAlliance(a).forEach(m -> cascade.delete("membership", m));
        MembershipTier.of(a).forEach(t -> cascade.delete("tier", t));
        ReportedCount.of(a).forEach(c -> cascade.delete("reported-count", c));
    }
}
