package org.alliancetracker.web;

import java.util.Comparator;
import java.util.List;

/**
 * One order of a list ({@link ListOrders}): a column, first to last ("name") or, with a leading "-" ("-name"), the
 * other way round.
 */
public final class ListOrder<T> {

    private final ListOrders<T> list;
    private final String parameter;
    private final String label;
    private final Comparator<ListOrders.Named<T>> comparator;

    ListOrder(ListOrders<T> list, String parameter, String label, Comparator<ListOrders.Named<T>> comparator) {
        this.list = list;
        this.parameter = parameter;
        this.label = label;
        this.comparator = comparator;
    }

    /** The value of the {@code sort} parameter. */
    public String parameter() {
        return parameter;
    }

    /** How the page's Order field names it: "Joined, earliest first". */
    public String label() {
        return label;
    }

    /** The column it sorts by: the parameter without its "-". */
    public String column() {
        return parameter.substring(isDescending() ? 1 : 0);
    }

    public boolean isDescending() {
        return parameter.startsWith("-");
    }

    /** A column heading's {@code aria-sort}: "ascending" or "descending" on the column it sorts by, else null. */
    public String ariaSort(String column) {
        return !column.equals(column()) ? null : isDescending() ? "descending" : "ascending";
    }

    /** Every order of the list, as its page's Order field lists them. */
    public List<ListOrder<T>> choices() {
        return list.all();
    }

    /** Whether it is the list's own order, which needs no {@code sort} in the address. */
    public boolean isDefault() {
        return this == list.first();
    }

    /** The {@code sort} parameter of a link to the list in this order: null for the list's own order. */
    public String queryValue() {
        return isDefault() ? null : parameter;
    }

    /** The {@code sort} parameter of a link to the list in this order, as a query string ("" for its own order). */
    public String query() {
        return Parameters.query("sort", queryValue());
    }

    /**
     * The order a column's heading links to: the column's other order when the list is already sorted by that column,
     * else the column's first (A to Z, earliest first, most first).
     */
    public ListOrder<T> byHeading(String column) {
        return list.all().stream().filter(o -> o.column().equals(column))
                .filter(o -> !column.equals(column()) || o != this).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No order sorts by " + column));
    }

    /**
     * The rows in this order. They come in the list's own order from the database, which is kept as it is; the sort
     * is stable, so rows that tie on the column and the name keep that order too.
     */
    public List<T> sort(List<T> rows) {
        return isDefault() ? rows
                : rows.stream().map(list::withName).sorted(comparator).map(ListOrders.Named::row).toList();
    }
}
