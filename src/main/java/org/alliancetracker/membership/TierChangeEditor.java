package org.alliancetracker.membership;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.alliancetracker.alliance.Alliance;
import org.alliancetracker.alliance.MembershipTier;
import org.alliancetracker.editing.Cascade;
import org.alliancetracker.editing.Field;
import org.alliancetracker.editing.Options;
import org.alliancetracker.editing.RecordEditor;
import org.alliancetracker.organization.OrganizationLookup;
import org.alliancetracker.source.SourceLookup;
import org.alliancetracker.web.Formats;

/**
 * One form for "member M moved to tier T on date D": ends its current membership of the alliance on that date and
 * starts a membership at the new tier then, in one transaction, so that the member lists keep its tier on every
 * date.
 */
@ApplicationScoped
public class TierChangeEditor implements RecordEditor<Membership> {

    @Inject
    MembershipEditor memberships;

    @Override
    public String type() {
        return "tier-change";
    }

    @Override
    public String recordType() {
        return memberships.type();
    }

    @Override
    public String noun() {
        return "change of tier";
    }

    @Override
    public boolean editable() {
        return false;
    }

    @Override
    public Membership find(long id) {
        return memberships.find(id);
    }

    @Override
    public Membership newRecord() {
        return new Membership();
    }

    @Override
    public List<Field> fields() {
        return fields(Options.tiers());
    }

    /** With the alliance chosen (the form opened from its page), the new tier lists that alliance's tiers alone. */
    @Override
    public List<Field> fields(Map<String, String> values) {
        Alliance alliance = MembershipEditor.allianceChosen(values);
        return alliance == null ? fields() : fields(Options.tiersOf(alliance));
    }

    private List<Field> fields(List<Field.Option> tiers) {
        return List.of(
                Field.select("alliance", "Alliance", true, Options.alliances(), null),
                Field.lookup("organization", "Member", true, OrganizationLookup.INSTANCE, null),
                Field.select("tier", "New tier", true, tiers, null),
                Field.date("joined", "Changed on", true,
                        "Its membership at the tier it had ends then, and the one at the new tier starts."),
                Field.textarea("notes", "Notes", 2000, null),
                SourceLookup.field(null));
    }

    @Override
    public Map<String, String> values(Membership m) {
        return memberships.values(m);
    }

    @Override
    public void apply(Membership m, Map<String, String> values, Map<String, String> errors) {
        memberships.apply(m, values, errors);
        if (m.tier == null && !errors.containsKey("tier")) {
            errors.put("tier", "Choose the new tier.");
        }
        if (m.alliance != null && m.alliance.dissolved != null && m.joined != null
                && !m.joined.latest().isBefore(m.alliance.dissolved.earliest())) {
            errors.putIfAbsent("joined", "Use a date before " + Formats.display(m.alliance.dissolved) + ", when "
                    + m.alliance.name + " was dissolved.");
        }
        if (m.organization == null || m.alliance == null) {
            return;
        }
        List<Membership> current = Membership.currentOf(m.organization, m.alliance);
        if (current.isEmpty()) {
            errors.putIfAbsent("organization", m.organization.name + " is not a member of " + m.alliance.name
                    + " now: add a membership instead.");
            return;
        }
        Membership before = current.get(0);
        if (m.tier != null && before.tier != null && before.tier.id.equals(m.tier.id)) {
            errors.putIfAbsent("tier", m.organization.name + " is already at the tier " + m.tier.name + ".");
        }
        if (m.joined != null && !m.joined.earliest().isAfter(before.joined.latest())) {
            errors.putIfAbsent("joined", "Use a date after " + Formats.display(before.joined) + ", when "
                    + m.organization.name + " joined" + (before.tier == null ? "" : " at the tier "
                            + before.tier.name) + ".");
        }
    }

    @Override
    public String fieldFor(String propertyPath) {
        return memberships.fieldFor(propertyPath);
    }

    @Override
    public void afterCreate(Membership m, Map<String, String> values, Cascade cascade) {
        Membership.currentOf(m.organization, m.alliance).stream().filter(before -> !before.id.equals(m.id))
                .findFirst()
                .ifPresent(before -> cascade.update(memberships.type(), before, b -> b.departed = m.joined));
    }

    @Override
    public String describe(Membership m) {
        MembershipTier tier = m.tier;
        return memberships.describe(m) + (tier == null ? "" : ", to " + tier.name);
    }

    @Override
    public String pageOf(Membership m) {
        return memberships.pageOf(m);
    }
}
