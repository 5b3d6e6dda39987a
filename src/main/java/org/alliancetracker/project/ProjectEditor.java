package org.alliancetracker.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancetracker.alliance.Alliance;
import org.alliancetracker.backing.BackerChange;
import org.alliancetracker.backing.Backing;
import org.alliancetracker.common.Slugs;
import org.alliancetracker.editing.Cascade;
import org.alliancetracker.editing.Field;
import org.alliancetracker.editing.FormReader;
import org.alliancetracker.editing.Options;
import org.alliancetracker.editing.RecordEditor;

@ApplicationScoped
public class ProjectEditor implements RecordEditor<Project> {

    @Override
    public String type() {
        return "project";
    }

    @Override
    public String noun() {
        return "project";
    }

    @Override
    public Project find(long id) {
        return Project.findById(id);
    }

    @Override
    public Project newRecord() {
        return new Project();
    }

    @Override
    public List<Field> fields() {
        return List.of(
                Field.text("name", "Name", true, 200, null),
                Field.text("slug", "Slug", true, 80, "Its name in addresses, e.g. kvm. " + Slugs.CHANGE_NOTE),
                Field.select("license", "Licence", true, Options.of(ProjectLicense.values(), l -> l.label), null),
                Field.text("website", "Website", false, 500, "An http:// or https:// address."),
                Field.textarea("description", "Description", 2000, null));
    }

    @Override
    public Map<String, String> values(Project p) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("name", FormReader.orEmpty(p.name));
        v.put("slug", FormReader.orEmpty(p.slug));
        v.put("license", FormReader.name(p.license));
        v.put("website", FormReader.orEmpty(p.website));
        v.put("description", FormReader.orEmpty(p.description));
        return v;
    }

    @Override
    public void apply(Project p, Map<String, String> values, Map<String, String> errors) {
        FormReader in = new FormReader(values, errors);
        p.name = in.text("name");
        p.slug = in.text("slug");
        p.license = in.choice("license", ProjectLicense.class, true, "Choose open source or proprietary.");
        p.website = in.text("website");
        p.description = in.text("description");
        if (p.slugTakenByAnother()) {
            errors.put("slug", "Another project has the slug " + p.slug + ".");
        }
    }

    @Override
    public String describe(Project p) {
        return p.name;
    }

    @Override
    public String pageOf(Project p) {
        return "/projects/" + p.slug;
    }

    @Override
    public String pageAfterDelete(Project record) {
        return "/projects";
    }

    @Override
    public List<String> dependents(Project p) {
        List<String> d = new ArrayList<>();
        Backing.ofProject(p).forEach(b -> d.add("the backing by " + b.organization.name));
        BackerChange.involving(p).forEach(c -> d.add("the move of " + c.organization.name + " from "
                + c.fromProject.name + " to " + c.toProject.name));
        Alliance.promoting(p).forEach(a -> d.add("its promotion by " + a.name + " (the link is removed)"));
        return d;
    }

    @Override
    public void deleteDependents(Project p, Cascade cascade) {
        BackerChange.involving(p).forEach(c -> cascade.delete("backer-change", c));
        Backing.ofProject(p).forEach(b -> cascade.delete("backing", b));
        Alliance.promoting(p).forEach(a -> cascade.update("alliance", a, r -> r.promotes.remove(p)));
    }
}
