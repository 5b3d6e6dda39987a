package org.alliancetracker.alliance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancetracker.editing.Cascade;
import org.alliancetracker.editing.Field;
import org.alliancetracker.editing.FormReader;
import org.alliancetracker.editing.Options;
import org.alliancetracker.editing.RecordEditor;
import org.alliancetracker.membership.Membership;

@ApplicationScoped
public class TierEditor implements RecordEditor<MembershipTier> {

    @Override
    public String type() {
        return "tier";
    }

    @Override
    public String noun() {
        return "membership tier";
    }

    @Override
    public MembershipTier find(long id) {
        return MembershipTier.findById(id);
    }

    @Override
    public MembershipTier newRecord() {
        return new MembershipTier();
    }

    @Override
    public List<Field> fields() {
        return List.of(
                Field.select("alliance", "Alliance", true, Options.alliances(), null),
                Field.text("name", "Name", true, 80, "E.g. Governing, General."),
                Field.text("rank", "Rank", true, 3, "1 for the highest tier, 2 for the next..."),
                Field.textarea("description", "Description", 1000, null));
    }

    @Override
    public Map<String, String> values(MembershipTier t) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("alliance", FormReader.id(t.alliance));
        v.put("name", FormReader.orEmpty(t.name));
        v.put("rank", t.rank == 0 ? "" : String.valueOf(t.rank));
        v.put("description", FormReader.orEmpty(t.description));
        return v;
    }

    @Override
    public void apply(MembershipTier t, Map<String, String> values, Map<String, String> errors) {
        FormReader in = new FormReader(values, errors);
        t.alliance = in.reference("alliance", id -> Alliance.findById(id), true, "Choose an alliance.");
        t.name = in.text("name");
        String rank = in.text("rank");
        if (rank == null || !rank.matches("[0-9]{1,3}") || Integer.parseInt(rank) < 1) {
            errors.put("rank", "Use a whole number from 1.");
        } else {
            t.rank = Integer.parseInt(rank);
        }
        t.description = in.text("description");
        if (t.alliance != null && t.name != null && t.nameTakenInAlliance()) {
            errors.put("name", t.alliance.name + " already has a tier called " + t.name + ".");
        }
    }

    @Override
    public String describe(MembershipTier t) {
        return t.name + " (" + t.alliance.name + ")";
    }

    @Override
    public String pageOf(MembershipTier t) {
        return "/alliances/" + t.alliance.slug;
    }

    @Override
    public List<String> dependents(MembershipTier t) {
        return Membership.<Membership>list("select m from Membership m join fetch m.organization where m.tier = ?1", t)
                .stream().map(m -> "the tier of " + m.organization.name + "'s membership (it is cleared)").toList();
    }

    @Override
    public void deleteDependents(MembershipTier t, Cascade cascade) {
        Membership.<Membership>list("tier", t).forEach(m -> cascade.update("membership", m, r -> r.tier = null));
    }
}
