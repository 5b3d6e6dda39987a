package org.alliancetracker.web;

import java.util.Comparator;
import java.util.List;

/**
 * An order a list's page offers and its address names in {@code ?sort=}: a column ("name"), either first to last or,
 * with a leading "-" ("-name"), the other way round. Each list declares its orders as an enum {@code O} that
 * implements {@code ListOrder<O>}; its first constant is the list's own order, which the address leaves out, and the
 * first constant of each column is the order that column's heading links to.
 */
public interface ListOrder<O extends Enum<O> & ListOrder<O>> {

    /** The value of the {@code sort} parameter. */
    String parameter();

    /** How the page's Order field names it. */
    String label();

    /** The column it sorts by: the parameter without its "-". */
    default String column() {
        return parameter().substring(isDescending() ? 1 : 0);
    }

    default boolean isDescending() {
        return parameter().startsWith("-");
    }

    /** A column heading's {@code aria-sort}: "ascending" or "descending" on the column it sorts by, else null. */
    default String ariaSort(String column) {
        return !column.equals(column()) ? null : isDescending() ? "descending" : "ascending";
    }

    /** Every order of the list, as its page's Order field lists them. */
    default List<O> choices() {
        return List.of(self().getDeclaringClass().getEnumConstants());
    }

    /** Whether it is the list's own order, which needs no {@code sort} in the address. */
    default boolean isDefault() {
        return self().ordinal() == 0;
    }

    /** The {@code sort} parameter of a link to the list in this order: null for the list's own order. */
    default String queryValue() {
        return isDefault() ? null : parameter();
    }

    /** The {@code sort} parameter of a link to the list in this order, as a query string ("" for its own order). */
    default String query() {
        return Parameters.query("sort", queryValue());
    }

    /**
     * The order a column's heading links to: the column's other order when the list is already sorted by that column,
     * else the column's first order in the enum (A to Z, earliest first; most first for a count, which is what a
     * reader clicking a count wants).
     */
    default O byHeading(String column) {
        return choices().stream().filter(o -> o.column().equals(column))
                .filter(o -> !column.equals(column()) || o != this).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No order sorts by " + column));
    }

    /**
     * This order's comparison of a list's rows: the column's, turned round when the order is descending, then by name
     * whichever way, so that a list reads the same each time.
     */
    default <T> Comparator<T> comparing(Comparator<T> byColumn, Comparator<T> byName) {
        return (isDescending() ? byColumn.reversed() : byColumn).thenComparing(byName);
    }

    @SuppressWarnings("unchecked")
    private O self() {
        return (O) this;
    }

    /**
     * The order of {@code type} that a {@code sort} parameter names (in any case), or its first (the list's own order)
     * when it names none.
     *
     * @throws InvalidParameterException when it names an order the list does not offer
     */
    static <O extends Enum<O> & ListOrder<O>> O named(Class<O> type, String value) {
        List<O> orders = List.of(type.getEnumConstants());
        if (value == null || value.isBlank()) {
            return orders.get(0);
        }
        return orders.stream().filter(o -> o.parameter().equalsIgnoreCase(value.strip())).findFirst()
                .orElseThrow(() -> new InvalidParameterException("sort", "The parameter 'sort' must be one of: "
                        + String.join(", ", orders.stream().map(ListOrder::parameter).toList()) + ".",
                        "Choose one of the orders in the list."));
    }
}
