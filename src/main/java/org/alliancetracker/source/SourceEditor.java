package org.alliancetracker.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancetracker.alliance.Alliance;
import org.alliancetracker.alliance.ReportedCount;
import org.alliancetracker.backing.BackerChange;
import org.alliancetracker.backing.Backing;
import org.alliancetracker.editing.Cascade;
import org.alliancetracker.editing.Field;
import org.alliancetracker.editing.FormReader;
import org.alliancetracker.editing.RecordEditor;
import org.alliancetracker.membership.Membership;
import org.alliancetracker.organization.OwnershipEvent;

@ApplicationScoped
public class SourceEditor implements RecordEditor<Source> {

    @Override
    public String type() {
        return "source";
    }

    @Override
    public String noun() {
        return "source";
    }

    @Override
    public Source find(long id) {
        return Source.findById(id);
    }

    @Override
    public Source newRecord() {
        return new Source();
    }

    @Override
    public List<Field> fields() {
        return List.of(
                Field.text("title", "Title", true, 300, "The headline or document title."),
                Field.text("publisher", "Publisher", false, 120, "E.g. ZDNet, Red Hat, Wikipedia."),
                Field.text("url", "Address", false, 500, "An http:// or https:// address, if the source is online."),
                Field.date("published", "Published", false, null),
                Field.textarea("note", "Note", 2000, "What the source is, in a sentence."));
    }

    @Override
    public Map<String, String> values(Source s) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("title", FormReader.orEmpty(s.title));
        v.put("publisher", FormReader.orEmpty(s.publisher));
        v.put("url", FormReader.orEmpty(s.url));
        v.put("published", FormReader.iso(s.published));
        v.put("note", FormReader.orEmpty(s.note));
        return v;
    }

    @Override
    public void apply(Source s, Map<String, String> values, Map<String, String> errors) {
        FormReader in = new FormReader(values, errors);
        s.title = in.text("title");
        s.publisher = in.text("publisher");
        s.url = in.text("url");
        s.published = in.date("published", false);
        s.note = in.text("note");
    }

    @Override
    public String describe(Source s) {
        return s.title;
    }

    @Override
    public String pageOf(Source s) {
        return "/sources/" + s.id;
    }

    @Override
    public String pageAfterDelete(Source record) {
        return "/sources";
    }

    @Override
    public List<String> dependents(Source s) {
        List<String> cited = new ArrayList<>();
        Alliance.citing(s).forEach(a -> cited.add("cited by the alliance " + a.name + " (the citation is removed)"));
        Membership.citing(s).forEach(m -> cited.add("cited by the membership of " + m.organization.name + " in "
                + m.alliance.name + " (the citation is removed)"));
        ReportedCount.citing(s).forEach(c -> cited.add("cited by a reported count of " + c.alliance.name
                + " (the citation is removed)"));
        Backing.citing(s).forEach(b -> cited.add("cited by the backing of " + b.project.name + " by "
                + b.organization.name + " (the citation is removed)"));
        BackerChange.citing(s).forEach(c -> cited.add("cited by the move of " + c.organization.name
                + " (the citation is removed)"));
        OwnershipEvent.citing(s).forEach(e -> cited.add("cited by the acquisition of " + e.acquired.name
                + " (the citation is removed)"));
        return cited;
    }

    @Override
    public void deleteDependents(Source s, Cascade cascade) {
        Alliance.citing(s).forEach(a -> cascade.update("alliance", a, r -> r.sources.remove(s)));
        Membership.citing(s).forEach(m -> cascade.update("membership", m, r -> r.sources.remove(s)));
        ReportedCount.citing(s).forEach(c -> cascade.update("reported-count", c, r -> r.sources.remove(s)));
        Backing.citing(s).forEach(b -> cascade.update("backing", b, r -> r.sources.remove(s)));
        BackerChange.citing(s).forEach(c -> cascade.update("backer-change", c, r -> r.sources.remove(s)));
        OwnershipEvent.citing(s).forEach(e -> cascade.update("ownership", e, r -> r.sources.remove(s)));
    }
}
