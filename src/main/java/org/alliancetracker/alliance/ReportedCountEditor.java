package org.alliancetracker.alliance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancetracker.editing.Field;
import org.alliancetracker.editing.FormReader;
import org.alliancetracker.editing.Options;
import org.alliancetracker.editing.RecordEditor;
import org.alliancetracker.source.SourceLookup;
import org.alliancetracker.web.Formats;

@ApplicationScoped
public class ReportedCountEditor implements RecordEditor<ReportedCount> {

    @Override
    public String type() {
        return "reported-count";
    }

    @Override
    public String noun() {
        return "reported count";
    }

    @Override
    public ReportedCount find(long id) {
        return ReportedCount.findById(id);
    }

    @Override
    public ReportedCount newRecord() {
        return new ReportedCount();
    }

    @Override
    public List<Field> fields() {
        return List.of(
                Field.select("alliance", "Alliance", true, Options.alliances(), null),
                Field.date("asOf", "As of", true, null),
                Field.text("count", "Count", true, 8, "A whole number."),
                Field.select("qualifier", "Exactness", true, List.of(new Field.Option("EXACT", "Exactly"),
                        new Field.Option("AT_LEAST", "At least"), new Field.Option("ABOUT", "About")), null),
                Field.select("subject", "Counts", true, Options.of(CountSubject.values(), s -> s.noun), null),
                Field.textarea("note", "Note", 2000, null),
                SourceLookup.field(null));
    }

    @Override
    public Map<String, String> values(ReportedCount c) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("alliance", FormReader.id(c.alliance));
        v.put("asOf", FormReader.iso(c.asOf));
        v.put("count", String.valueOf(c.count));
        v.put("qualifier", FormReader.name(c.qualifier));
        v.put("subject", FormReader.name(c.subject));
        v.put("note", FormReader.orEmpty(c.note));
        v.put("sources", FormReader.ids(c.sources));
        return v;
    }

    @Override
    public void apply(ReportedCount c, Map<String, String> values, Map<String, String> errors) {
        FormReader in = new FormReader(values, errors);
        c.alliance = in.reference("alliance", id -> Alliance.findById(id), true, "Choose an alliance.");
        c.asOf = in.date("asOf", true);
        String count = in.text("count");
        if (count == null || !count.matches("[0-9]{1,8}")) {
            errors.put("count", "Use a whole number, such as 200.");
        } else {
            c.count = Integer.parseInt(count);
        }
        c.qualifier = in.choice("qualifier", CountQualifier.class, true, "Choose how exact the count is.");
        c.subject = in.choice("subject", CountSubject.class, true, "Choose what is counted.");
        c.note = in.text("note");
        c.sources.clear();
        c.sources.addAll(in.sources("sources"));
    }

    @Override
    public String describe(ReportedCount c) {
        return c.alliance.name + ", " + Formats.phrase(c) + " (" + Formats.display(c.asOf) + ")";
    }

    @Override
    public String pageOf(ReportedCount c) {
        return "/alliances/" + c.alliance.slug;
    }
}
