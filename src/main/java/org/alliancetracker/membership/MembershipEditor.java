package org.alliancetracker.membership;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancetracker.alliance.Alliance;
import org.alliancetracker.alliance.MembershipTier;
import org.alliancetracker.editing.Field;
import org.alliancetracker.editing.FormReader;
import org.alliancetracker.editing.Options;
import org.alliancetracker.editing.RecordEditor;
import org.alliancetracker.organization.Organization;
import org.alliancetracker.organization.OrganizationLookup;
import org.alliancetracker.source.SourceLookup;

@ApplicationScoped
public class MembershipEditor implements RecordEditor<Membership> {

    @Override
    public String type() {
        return "membership";
    }

    @Override
    public String noun() {
        return "membership";
    }

    @Override
    public Membership find(long id) {
        return Membership.findById(id);
    }

    @Override
    public Membership newRecord() {
        return new Membership();
    }

    @Override
    public List<Field> fields() {
        return fields(Options.tiers(), "Only the alliance's own tiers are accepted.");
    }

    /** With an alliance chosen, the tier lists that alliance's tiers alone. */
    @Override
    public List<Field> fields(Map<String, String> values) {
        Alliance alliance = allianceChosen(values);
        return alliance == null ? fields() : fields(Options.tiersOf(alliance), "The tiers of " + alliance.name
                + " (another alliance's show once the form is saved with that alliance).");
    }

    /** The alliance a form names (opened from its page, or shown again), whose tiers its tier field lists. */
    static Alliance allianceChosen(Map<String, String> values) {
        String chosen = values.get("alliance");
        return chosen != null && chosen.matches("[0-9]{1,18}") ? Alliance.findById(Long.valueOf(chosen)) : null;
    }

    private List<Field> fields(List<Field.Option> tiers, String tierHelp) {
        return List.of(
                Field.select("alliance", "Alliance", true, Options.alliances(), null),
                Field.lookup("organization", "Organization", true, OrganizationLookup.INSTANCE, null),
                Field.select("tier", "Tier", false, tiers, tierHelp),
                Field.date("joined", "Joined", true, null),
                Field.date("departed", "Left", false, "Leave empty while it is a member."),
                Field.checkbox("founding", "Founding member", null),
                Field.textarea("notes", "Notes", 2000, null),
                SourceLookup.field(null));
    }

    @Override
    public Map<String, String> values(Membership m) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("alliance", FormReader.id(m.alliance));
        v.put("organization", FormReader.id(m.organization));
        v.put("tier", FormReader.id(m.tier));
        v.put("joined", FormReader.iso(m.joined));
        v.put("departed", FormReader.iso(m.departed));
        v.put("founding", String.valueOf(m.founding));
        v.put("notes", FormReader.orEmpty(m.notes));
        v.put("sources", FormReader.ids(m.sources));
        return v;
    }

    @Override
    public void apply(Membership m, Map<String, String> values, Map<String, String> errors) {
        FormReader in = new FormReader(values, errors);
        m.alliance = in.reference("alliance", id -> Alliance.findById(id), true, "Choose an alliance.");
        m.organization = in.reference("organization", id -> Organization.findById(id), true, "Choose an organization.");
        m.tier = in.reference("tier", id -> MembershipTier.findById(id), false, "Choose one of the alliance's tiers.");
        m.joined = in.date("joined", true);
        m.departed = in.date("departed", false);
        m.founding = in.checkbox("founding");
        m.notes = in.text("notes");
        m.sources.clear();
        m.sources.addAll(in.sources("sources"));
        if (!errors.containsKey("joined") && m.duplicatesAnother()) {
            errors.put("joined", "This organization's membership of this alliance from this date is already recorded.");
        }
    }

    @Override
    public String fieldFor(String propertyPath) {
        return switch (propertyPath) {
            case "departedNotBeforeJoined" -> "departed";
            case "joinedNotAfterDissolution", "joinedNotBeforeFounding" -> "joined";
            case "tierOfAlliance" -> "tier";
            default -> propertyPath;
        };
    }

    @Override
    public String describe(Membership m) {
        return m.organization.name + " in " + m.alliance.name;
    }

    @Override
    public String pageOf(Membership m) {
        return "/alliances/" + m.alliance.slug;
    }
}
