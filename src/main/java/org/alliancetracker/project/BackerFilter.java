package org.alliancetracker.project;

import java.util.Comparator;
import java.util.List;

import org.alliancetracker.backing.Backing;
import org.alliancetracker.common.PartialDate;
import org.alliancetracker.web.ListOrder;
import org.alliancetracker.web.ListOrders;
import org.alliancetracker.web.ListOrders.Kind;
import org.alliancetracker.web.Parameters;

/**
 * Which of a project's backings its page lists, as it reads them from the address: those on a date ({@code at}) or
 * all; and in what order ({@code sort}).
 */
public record BackerFilter(PartialDate at, ListOrder<Backing> order) {

    /**
     * The orders of the list: by start (the list's own), name or end, either way. A backing whose start is not given
     * sorts before every start, as the database sorts it ({@link Backing#ofProject}); one that lasts sorts after every
     * end.
     */
    public static final ListOrders<Backing> ORDERS = ListOrders.<Backing>ofRowsNamed(b -> b.organization.name)
            .column("from", "From", Kind.DATE,
                    Comparator.comparing(b -> b.since, Comparator.nullsFirst(Comparator.naturalOrder())))
            .byName()
            .column("to", "To", Kind.DATE,
                    Comparator.comparing(b -> b.until, Comparator.nullsLast(Comparator.naturalOrder())));

    public BackerFilter {
        order = order == null ? ORDERS.first() : order;
    }

    /** Of {@code backings}, those this filter lists, in its order. */
    public List<Backing> apply(List<Backing> backings) {
        return order.sort(at == null ? backings : backings.stream().filter(b -> b.isActiveOn(at.latest())).toList());
    }

    /** The same order on another date, as the link to today's backers keeps it. */
    public BackerFilter on(PartialDate day) {
        return new BackerFilter(day, order);
    }

    /** Every backing, in the same order. */
    public BackerFilter everyBacking() {
        return new BackerFilter(null, order);
    }

    /** The same backings in the order a column's heading links to ({@link ListOrder#byHeading(String)}). */
    public BackerFilter byHeading(String column) {
        return new BackerFilter(at, order.byHeading(column));
    }

    /** The filter as a query string for links ("" for every backing in the list's own order). */
    public String query() {
        return Parameters.query("at", at == null ? null : at.iso(), "sort", order.queryValue());
    }
}
