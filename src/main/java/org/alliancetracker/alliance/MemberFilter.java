package org.alliancetracker.alliance;

import java.util.Comparator;
import java.util.List;

import org.alliancetracker.common.PartialDate;
import org.alliancetracker.common.Slugs;
import org.alliancetracker.membership.Membership;
import org.alliancetracker.web.InvalidParameterException;
import org.alliancetracker.web.ListOrder;
import org.alliancetracker.web.ListOrders;
import org.alliancetracker.web.ListOrders.Kind;
import org.alliancetracker.web.Parameters;

/**
 * Which of an alliance's members a list shows, as its page and its exports read it from the address: those on a date
 * ({@code at}), those of one tier ({@code tier}), both or neither; and in what order ({@code sort}).
 */
public record MemberFilter(PartialDate at, MembershipTier tier, ListOrder<Membership> order) {

    /**
     * The orders of the list: by joining date (the list's own), name or leaving date, either way. A membership that
     * lasts sorts after every leaving date.
     */
    public static final ListOrders<Membership> ORDERS = ListOrders.<Membership>ofRowsNamed(m -> m.organization.name)
            .column("joined", "Joined", Kind.DATE, Comparator.comparing(m -> m.joined))
            .byName()
            .column("left", "Left", Kind.DATE,
                    Comparator.comparing(Membership::ended, Comparator.nullsLast(Comparator.naturalOrder())));

    public MemberFilter {
        order = order == null ? ORDERS.first() : order;
    }

    /** The members on a date and of a tier, by joining date. */
    public MemberFilter(PartialDate at, MembershipTier tier) {
        this(at, tier, ORDERS.first());
    }

    /**
     * The tier of the alliance named {@code name} (in any case), or null for none named.
     *
     * @throws InvalidParameterException when the alliance has no tier of that name
     */
    public static MembershipTier tierNamed(Alliance alliance, List<MembershipTier> tiers, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return tiers.stream().filter(t -> t.name.equalsIgnoreCase(name.strip())).findFirst().orElseThrow(() -> {
            String names = String.join(", ", tiers.stream().map(t -> t.name).toList());
            return tiers.isEmpty()
                    ? new InvalidParameterException("tier", "The parameter 'tier' cannot be used: " + alliance.name
                            + " records no membership tiers.", alliance.name + " records no membership tiers.")
                    : new InvalidParameterException("tier", "The parameter 'tier' must name one of the tiers of "
                            + alliance.name + ": " + names + ".", "Choose one of the tiers of " + alliance.name + ": "
                            + names + ".");
        });
    }

    /** The alliance's memberships this filter shows, in its order, in one query. */
    public List<Membership> members(Alliance alliance) {
        List<Membership> members = at == null ? Membership.ofAlliance(alliance)
                : Membership.activeOn(alliance, at.latest());
        return order.sort(tier == null ? members
                : members.stream().filter(m -> m.tier != null && m.tier.id.equals(tier.id)).toList());
    }

    /** The same filter on another date, as the link to a day's list keeps the tier and the order. */
    public MemberFilter on(PartialDate day) {
        return new MemberFilter(day, tier, order);
    }

    /** Every member, in the same order. */
    public MemberFilter everyMember() {
        return new MemberFilter(null, null, order);
    }

    /** The same members in the order a column's heading links to ({@link ListOrder#byHeading(String)}). */
    public MemberFilter byHeading(String column) {
        return new MemberFilter(at, tier, order.byHeading(column));
    }

    /** Whether it shows every member, in whichever order. */
    public boolean isEmpty() {
        return at == null && tier == null;
    }

    /**
     * The filter as a query string, for links to the list and its exports ("" when it shows every member by joining
     * date).
     */
    public String query() {
        return Parameters.query("at", at == null ? null : at.iso(), "tier", tier == null ? null : tier.name, "sort",
                order.queryValue());
    }

    /**
     * What an export's file name adds after "{alliance}-members": the tier and the date, as in "-gold-2011-06" (the
     * order does not change which members the file holds).
     */
    public String fileNameSuffix() {
        return (tier == null ? "" : "-" + Slugs.fromName(tier.name)) + (at == null ? "" : "-" + at.iso());
    }
}
