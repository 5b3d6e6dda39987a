package org.alliancetracker.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * An order a list's page offers and its address names in {@code ?sort=}: a column ("name"), either first to last or,
 * with a leading "-" ("-name"), the other way round. Each list declares its orders as an enum that implements this;
 * its first constant is the list's own order, which the address leaves out.
 */
public interface ListOrder {

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

    /** Whether it is the list's own order, which needs no {@code sort} in the address. */
    default boolean isDefault() {
        return ((Enum<?>) this).ordinal() == 0;
    }

    /** The {@code sort} parameter of a link to the list in this order: null for the list's own order. */
    default String queryValue() {
        return isDefault() ? null : parameter();
    }

    /**
     * This order's comparison of a list's rows: the column's, turned round when the order is descending, then by name
     * whichever way, so that a list reads the same each time.
     */
    default <T> Comparator<T> comparing(Comparator<T> byColumn, Comparator<T> byName) {
        return (isDescending() ? byColumn.reversed() : byColumn).thenComparing(byName);
    }

    /**
     * The order of {@code type} that a {@code sort} parameter names (in any case), or its first (the list's own order)
     * when it names none.
     *
     * @throws InvalidParameterException when it names an order the list does not offer
     */
    static <O extends Enum<O> & ListOrder> O named(Class<O> type, String value) {
        List<O> orders = List.of(type.getEnumConstants());
        if (value == null || value.isBlank()) {
            return orders.get(0);
        }
        return orders.stream().filter(o -> o.parameter().equalsIgnoreCase(value.strip())).findFirst()
                .orElseThrow(() -> new InvalidParameterException("sort", "The parameter 'sort' must be one of: "
                        + String.join(", ", orders.stream().map(ListOrder::parameter).toList()) + ".",
                        "Choose one of the orders in the list."));
    }

    /**
     * The order a column's heading links to from {@code current}: the column's other order when the list is already
     * sorted by that column, else the column's first order in the enum (A to Z, earliest first; most first for a
     * count, which is what a reader clicking a count wants).
     */
    static <O extends Enum<O> & ListOrder> O byHeading(O current, String column) {
        return choices(current.getDeclaringClass()).stream().filter(o -> o.column().equals(column))
                .filter(o -> !column.equals(current.column()) || o != current).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No order sorts by " + column));
    }

    /** The {@code sort} parameter of a link to the list in this order, as a query string ("" for its own order). */
    default String query() {
        return Parameters.query("sort", queryValue());
    }

    /** Every order of {@code type}, as a page's Order field lists them. */
    static <O extends Enum<O> & ListOrder> List<O> choices(Class<O> type) {
        return Arrays.asList(type.getEnumConstants());
    }
}
