package org.alliancetracker.organization;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancetracker.editing.Field;
import org.alliancetracker.editing.FormReader;
import org.alliancetracker.editing.RecordEditor;

@ApplicationScoped
public class FormerNameEditor implements RecordEditor<FormerName> {

    @Override
    public String type() {
        return "former-name";
    }

    @Override
    public String noun() {
        return "former name";
    }

    @Override
    public FormerName find(long id) {
        return FormerName.findById(id);
    }

    @Override
    public FormerName newRecord() {
        return new FormerName();
    }

    @Override
    public List<Field> fields() {
        return List.of(
                Field.lookup("organization", "Organization", true, OrganizationLookup.INSTANCE,
                        "The organization as it is called now."),
                Field.text("name", "Former name", true, 200, null),
                Field.date("usedUntil", "Used until", false, "When the organization stopped using this name."));
    }

    @Override
    public Map<String, String> values(FormerName f) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("organization", FormReader.id(f.organization));
        v.put("name", FormReader.orEmpty(f.name));
        v.put("usedUntil", FormReader.iso(f.usedUntil));
        return v;
    }

    @Override
    public void apply(FormerName f, Map<String, String> values, Map<String, String> errors) {
        FormReader in = new FormReader(values, errors);
        f.organization = in.reference("organization", id -> Organization.findById(id), true, "Choose an organization.");
        f.name = in.text("name");
        f.usedUntil = in.date("usedUntil", false);
    }

    @Override
    public String describe(FormerName f) {
        return f.name + " (now " + f.organization.name + ")";
    }

    @Override
    public String pageOf(FormerName f) {
        return "/organizations/" + f.organization.slug;
    }
}
