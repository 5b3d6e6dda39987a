package org.alliancetracker.organization;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancetracker.editing.Field;
import org.alliancetracker.editing.FormReader;
import org.alliancetracker.editing.RecordEditor;
import org.alliancetracker.source.SourceLookup;

@ApplicationScoped
public class OwnershipEditor implements RecordEditor<OwnershipEvent> {

    @Override
    public String type() {
        return "ownership";
    }

    @Override
    public String noun() {
        return "acquisition";
    }

    @Override
    public OwnershipEvent find(long id) {
        return OwnershipEvent.findById(id);
    }

    @Override
    public OwnershipEvent newRecord() {
        return new OwnershipEvent();
    }

    @Override
    public List<Field> fields() {
        return List.of(
                Field.lookup("acquirer", "Acquirer", true, OrganizationLookup.INSTANCE, null),
                Field.lookup("acquired", "Acquired", true, OrganizationLookup.INSTANCE, null),
                Field.date("occurredOn", "Date", true, "The announcement or the closing, as the source says."),
                Field.text("priceNote", "Price", false, 200, "E.g. About US$500 million."),
                Field.textarea("note", "Note", 2000, null),
                SourceLookup.field(null));
    }

    @Override
    public Map<String, String> values(OwnershipEvent e) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("acquirer", FormReader.id(e.acquirer));
        v.put("acquired", FormReader.id(e.acquired));
        v.put("occurredOn", FormReader.iso(e.occurredOn));
        v.put("priceNote", FormReader.orEmpty(e.priceNote));
        v.put("note", FormReader.orEmpty(e.note));
        v.put("sources", FormReader.ids(e.sources));
        return v;
    }

    @Override
    public void apply(OwnershipEvent e, Map<String, String> values, Map<String, String> errors) {
        FormReader in = new FormReader(values, errors);
        e.acquirer = in.reference("acquirer", id -> Organization.findById(id), true,
                "Choose the acquiring organization.");
        e.acquired = in.reference("acquired", id -> Organization.findById(id), true,
                "Choose the acquired organization.");
        e.occurredOn = in.date("occurredOn", true);
        e.priceNote = in.text("priceNote");
        e.note = in.text("note");
        e.sources.clear();
        e.sources.addAll(in.sources("sources"));
    }

    @Override
    public String referent(String field) {
        return field.equals("acquired") ? "the organization acquired" : null;
    }

    @Override
    public String fieldFor(String propertyPath) {
        return propertyPath.equals("betweenTwoOrganizations") ? "acquired" : propertyPath;
    }

    @Override
    public String describe(OwnershipEvent e) {
        return e.acquirer.name + " acquired " + e.acquired.name;
    }

    @Override
    public String pageOf(OwnershipEvent e) {
        return "/organizations/" + e.acquirer.slug;
    }
}
