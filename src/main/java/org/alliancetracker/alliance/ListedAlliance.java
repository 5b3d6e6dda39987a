package org.alliancetracker.alliance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.alliancetracker.membership.Membership;
import org.alliancetracker.web.ListOrders;
import org.alliancetracker.web.ListOrders.Kind;

/** An alliance as lists show it: with its number of named members and of members today. */
public record ListedAlliance(Alliance alliance, long namedMembers, long membersToday) {

    /**
     * The orders of a list of alliances: by name (the list's own), founding date, or either count of members. An
     * alliance whose founding date is not given sorts after every date.
     */
    public static final ListOrders<ListedAlliance> ORDERS = ListOrders.<ListedAlliance>ofRowsNamed(
            l -> l.alliance().name)
            .byName()
            .column("founded", "Founded", Kind.DATE, Comparator.comparing(l -> l.alliance().founded,
                    Comparator.nullsLast(Comparator.naturalOrder())))
            .column("named", "Named members", Kind.COUNT, Comparator.comparingLong(ListedAlliance::namedMembers))
            .column("today", "Members today", Kind.COUNT, Comparator.comparingLong(ListedAlliance::membersToday));

    /** Every alliance by name, with its counts on {@code today}, in two queries. */
    public static List<ListedAlliance> all(LocalDate today) {
        Membership.CountsByAlliance counts = Membership.countsByAlliance(today);
        return Alliance.allByName().stream().map(a -> new ListedAlliance(a, counts.named().getOrDefault(a.id, 0L),
                counts.active().getOrDefault(a.id, 0L))).toList();
    }
}
