package org.alliancetracker.alliance;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.alliancetracker.membership.Membership;
import org.alliancetracker.web.InvalidParameterException;

/**
 * The order of an alliance's member list, as its page offers it and the address names it ({@code ?sort=-left}): by
 * organization name, joining date or leaving date, either way. Ties go by name, so that a list reads the same each
 * time.
 */
public enum MemberOrder {
    JOINED("joined", "Joined, earliest first"),
    JOINED_LATEST_FIRST("-joined", "Joined, latest first"),
    NAME("name", "Name, A to Z"),
    NAME_Z_TO_A("-name", "Name, Z to A"),
    LEFT("left", "Left, earliest first"),
    LEFT_LATEST_FIRST("-left", "Left, latest first");

    /** The value of the {@code sort} parameter. */
    public final String parameter;

    /** How the page's Order field names it. */
    public final String label;

    MemberOrder(String parameter, String label) {
        this.parameter = parameter;
        this.label = label;
    }

    /**
     * The order a {@code sort} parameter names (in any case), or {@link #JOINED} (the list's own order) when it names
     * none.
     *
     * @throws InvalidParameterException when it names an order this list does not offer
     */
    public static MemberOrder named(String value) {
        if (value == null || value.isBlank()) {
            return JOINED;
        }
        return Arrays.stream(values()).filter(o -> o.parameter.equalsIgnoreCase(value.strip())).findFirst()
                .orElseThrow(() -> new InvalidParameterException("sort", "The parameter 'sort' must be one of: "
                        + String.join(", ", Arrays.stream(values()).map(o -> o.parameter).toList()) + ".",
                        "Choose one of the orders in the list."));
    }

    /** Every order, as the page's Order field lists them. */
    public List<MemberOrder> choices() {
        return List.of(values());
    }

    /** The column it sorts by: "joined", "name" or "left". */
    public String column() {
        return parameter.substring(parameter.startsWith("-") ? 1 : 0);
    }

    public boolean isDescending() {
        return parameter.startsWith("-");
    }

    /**
     * The order a column's heading links to: the other way round when the list is already sorted by that column, else
     * that column in its first order (A to Z, earliest first).
     */
    public MemberOrder byHeading(String column) {
        MemberOrder first = named(column);
        return first.column().equals(column()) && !isDescending() ? named("-" + column) : first;
    }

    /** A column heading's {@code aria-sort}: "ascending" or "descending" on the column it sorts by, else null. */
    public String ariaSort(String column) {
        return !column.equals(column()) ? null : isDescending() ? "descending" : "ascending";
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
        Comparator<Membership> order = (isDescending() ? byColumn.reversed() : byColumn).thenComparing(byName)
                .thenComparing(m -> m.joined);
        return members.stream().sorted(order).toList();
    }
}
