package org.alliancetracker.alliance;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.alliancetracker.membership.Membership;
import org.alliancetracker.web.InvalidParameterException;
import org.alliancetracker.web.ListOrder;

/**
 * The order of an alliance's member list, as its page offers it and the address names it ({@code ?sort=-left}): by
 * organization name, joining date or leaving date, either way.
 */
public enum MemberOrder implements ListOrder<MemberOrder> {
    JOINED("joined", "Joined, earliest first"),
    JOINED_LATEST_FIRST("-joined", "Joined, latest first"),
    NAME("name", "Name, A to Z"),
    NAME_Z_TO_A("-name", "Name, Z to A"),
    LEFT("left", "Left, earliest first"),
    LEFT_LATEST_FIRST("-left", "Left, latest first");

    private final String parameter;
    private final String label;

    MemberOrder(String parameter, String label) {
        this.parameter = parameter;
        this.label = label;
    }

    @Override
    public String parameter() {
        return parameter;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * The order a {@code sort} parameter names (in any case), or {@link #JOINED} (the list's own order) when it names
     * none.
     *
     * @throws InvalidParameterException when it names an order this list does not offer
     */
    public static MemberOrder named(String value) {
        return ListOrder.named(MemberOrder.class, value);
    }

    /**
     * The memberships in this order. They come in {@link #JOINED} order from the database, which is kept as it is; a
     * membership that lasts sorts after every leaving date.
     */
    public List<Membership> sort(List<Membership> members) {
        if (this == JOINED) {
            return members;
        }
        Comparator<Membership> byName = Comparator.comparing(m -> m.organization.name,
                Collator.getInstance(Locale.ROOT));
        Comparator<Membership> byColumn = switch (column()) {
            case "name" -> byName;
            case "joined" -> Comparator.comparing(m -> m.joined);
            default -> Comparator.comparing(Membership::ended, Comparator.nullsLast(Comparator.naturalOrder()));
        };
        return members.stream().sorted(comparing(byColumn, byName).thenComparing(m -> m.joined)).toList();
    }
}
