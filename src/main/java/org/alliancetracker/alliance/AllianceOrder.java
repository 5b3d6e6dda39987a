package org.alliancetracker.alliance;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.alliancetracker.membership.Membership;
import org.alliancetracker.web.InvalidParameterException;
import org.alliancetracker.web.ListOrder;

/**
 * The order of the list of alliances, as its page offers it and the address names it ({@code ?sort=-today}): by
 * name, founding date, or either count of members. A count's heading sorts most first, as a reader looking for the
 * largest alliances expects.
 */
public enum AllianceOrder implements ListOrder<AllianceOrder> {
    NAME("name", "Name, A to Z"),
    NAME_Z_TO_A("-name", "Name, Z to A"),
    FOUNDED("founded", "Founded, earliest first"),
    FOUNDED_LATEST_FIRST("-founded", "Founded, latest first"),
    MOST_NAMED_MEMBERS("-named", "Named members, most first"),
    FEWEST_NAMED_MEMBERS("named", "Named members, fewest first"),
    MOST_MEMBERS_TODAY("-today", "Members today, most first"),
    FEWEST_MEMBERS_TODAY("today", "Members today, fewest first");

    private final String parameter;
    private final String label;

    AllianceOrder(String parameter, String label) {
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
     * The order a {@code sort} parameter names (in any case), or {@link #NAME} (the list's own order) when it names
     * none.
     *
     * @throws InvalidParameterException when it names an order this list does not offer
     */
    public static AllianceOrder named(String value) {
        return ListOrder.named(AllianceOrder.class, value);
    }

    /** The alliances in this order, with the counts the list shows of each (an alliance missing from a count has 0). */
    public List<Alliance> sort(List<Alliance> alliances, Membership.CountsByAlliance counts) {
        Comparator<Alliance> byName = Comparator.comparing(a -> a.name, Collator.getInstance(Locale.ROOT));
        Comparator<Alliance> byColumn = switch (column()) {
            case "name" -> byName;
            case "founded" -> Comparator.comparing(a -> a.founded, Comparator.nullsLast(Comparator.naturalOrder()));
            case "named" -> byCount(counts.named());
            default -> byCount(counts.active());
        };
        return alliances.stream().sorted(comparing(byColumn, byName)).toList();
    }

    private static Comparator<Alliance> byCount(Map<Long, Long> counts) {
        return Comparator.comparingLong(a -> counts.getOrDefault(a.id, 0L));
    }
}
