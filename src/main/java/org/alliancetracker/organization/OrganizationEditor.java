package org.alliancetracker.organization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancetracker.backing.BackerChange;
import org.alliancetracker.backing.Backing;
import org.alliancetracker.common.Slugs;
import org.alliancetracker.editing.Cascade;
import org.alliancetracker.editing.Field;
import org.alliancetracker.editing.FormReader;
import org.alliancetracker.editing.Options;
import org.alliancetracker.editing.RecordEditor;
import org.alliancetracker.membership.Membership;
import org.alliancetracker.web.Formats;

@ApplicationScoped
public class OrganizationEditor implements RecordEditor<Organization> {

    @Override
    public String type() {
        return "organization";
    }

    @Override
    public String noun() {
        return "organization";
    }

    @Override
    public Organization find(long id) {
        return Organization.findById(id);
    }

    @Override
    public Organization newRecord() {
        return new Organization();
    }

    @Override
    public List<Field> fields() {
        return List.of(
                Field.text("name", "Name", true, 200, null),
                Field.text("slug", "Slug", true, 80, "Its name in addresses: lower-case letters, digits and hyphens,"
                        + " e.g. red-hat. " + Slugs.CHANGE_NOTE),
                Field.select("kind", "Kind", true, Options.of(OrganizationKind.values(), k -> k.label), null),
                Field.text("website", "Website", false, 500, "An http:// or https:// address."),
                Field.textarea("description", "Description", 2000, "A sentence or two, in your own words."));
    }

    @Override
    public Map<String, String> values(Organization o) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("name", FormReader.orEmpty(o.name));
        v.put("slug", FormReader.orEmpty(o.slug));
        v.put("kind", FormReader.name(o.kind));
        v.put("website", FormReader.orEmpty(o.website));
        v.put("description", FormReader.orEmpty(o.description));
        return v;
    }

    @Override
    public void apply(Organization o, Map<String, String> values, Map<String, String> errors) {
        FormReader in = new FormReader(values, errors);
        o.name = in.text("name");
        o.slug = in.text("slug");
        o.kind = in.choice("kind", OrganizationKind.class, true, "Choose a kind.");
        o.website = in.text("website");
        o.description = in.text("description");
        if (o.slugTakenByAnother()) {
            errors.put("slug", "Another organization has the slug " + o.slug + ".");
        }
    }

    @Override
    public String describe(Organization o) {
        return o.name;
    }

    @Override
    public String pageOf(Organization o) {
        return "/organizations/" + o.slug;
    }

    @Override
    public String pageAfterDelete(Organization record) {
        return "/organizations";
    }

    @Override
    public List<String> dependents(Organization o) {
        List<String> d = new ArrayList<>();
        Membership.ofOrganization(o).forEach(m -> d.add("its membership of " + m.alliance.name));
        Backing.ofOrganization(o).forEach(b -> d.add("its backing of " + b.project.name));
        BackerChange.ofOrganization(o).forEach(c -> d.add("its move from " + c.fromProject.name + " to "
                + c.toProject.name + " (" + Formats.display(c.movedOn) + ")"));
        OwnershipEvent.involving(o).forEach(e -> d.add("the acquisition of " + e.acquired.name + " by "
                + e.acquirer.name));
        FormerName.of(o).forEach(f -> d.add("its former name " + f.name));
        return d;
    }

    @Override
    public void deleteDependents(Organization o, Cascade cascade) {
        BackerChange.ofOrganization(o).forEach(c -> cascade.delete("backer-change", c));
        Backing.ofOrganization(o).forEach(b -> cascade.delete("backing", b));
        Membership.ofOrganization(o).forEach(m -> cascade.delete("membership", m));
        OwnershipEvent.involving(o).forEach(e -> cascade.delete("ownership", e));
        FormerName.of(o).forEach(f -> cascade.delete("former-name", f));
    }
}
