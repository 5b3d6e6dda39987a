package org.alliancetracker.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.alliancetracker.common.NameOrder;

/**
 * The orders a list of rows {@code T} offers, which its page's Order field lists and the address names in
 * {@code ?sort=}: each column's two, first to last ("name") and the other way round ("-name"). The first order is the
 * list's own, in which its page loads the rows and which the address leaves out. Ties go by name in every order, so
 * that a list reads the same each time, and names go in the order in which the database sorts them too
 * ({@link NameOrder}).
 */
public final class ListOrders<T> {

    /** What a column holds, which names its orders and says which its heading links to first. */
    public enum Kind {
        /** A name: "A to Z", then "Z to A". */
        NAME("A to Z", "Z to A"),
        /** A date: "earliest first", then "latest first". */
        DATE("earliest first", "latest first"),
        /** A count: "most first", which a reader clicking a count wants, then "fewest first". */
        COUNT("fewest first", "most first");

        final String ascending;
        final String descending;

        Kind(String ascending, String descending) {
            this.ascending = ascending;
            this.descending = descending;
        }
    }

    /**
     * A row with its name's place ({@link NameOrder}), worked out once for a sort and only when a comparison needs it:
     * an order by a date or a count compares names only where rows tie.
     */
    static final class Named<T> {

        private final T row;
        private final Function<T, String> rowName;
        private NameOrder name;

        Named(T row, Function<T, String> rowName) {
            this.row = row;
            this.rowName = rowName;
        }

        T row() {
            return row;
        }

        NameOrder name() {
            if (name == null) {
                name = NameOrder.of(rowName.apply(row));
            }
            return name;
        }
    }

    private final Function<T, String> name;
    private final Comparator<Named<T>> byName = Comparator.comparing(Named::name);
    private final List<ListOrder<T>> orders = new ArrayList<>();

    private ListOrders(Function<T, String> name) {
        this.name = name;
    }

    /** The orders of a list whose rows are named {@code name}, the tie-breaker of every order; add its columns. */
    public static <T> ListOrders<T> ofRowsNamed(Function<T, String> name) {
        return new ListOrders<>(name);
    }

    /**
     * Adds a column's two orders, named by its heading ("Joined, earliest first"): by {@code ascending}, and the other
     * way round. A count's heading sorts most first, so its "-" order comes first.
     */
    public ListOrders<T> column(String column, String heading, Kind kind, Comparator<T> ascending) {
        Comparator<Named<T>> byColumn = Comparator.comparing(Named::row, ascending);
        return add(column, heading, kind, byColumn.thenComparing(byName), byColumn.reversed().thenComparing(byName));
    }

    /** Adds the name's two orders ("Name, A to Z"), under the parameter "name". */
    public ListOrders<T> byName() {
        return add("name", "Name", Kind.NAME, byName, byName.reversed());
    }

    private ListOrders<T> add(String column, String heading, Kind kind, Comparator<Named<T>> ascending,
            Comparator<Named<T>> descending) {
        ListOrder<T> up = new ListOrder<>(this, column, heading + ", " + kind.ascending, ascending);
        ListOrder<T> down = new ListOrder<>(this, "-" + column, heading + ", " + kind.descending, descending);
        orders.addAll(kind == Kind.COUNT ? List.of(down, up) : List.of(up, down));
        return this;
    }

    /** The row, ready to be sorted with its name's place in a list. */
    Named<T> withName(T row) {
        return new Named<>(row, name);
    }

    /** The list's own order. */
    public ListOrder<T> first() {
        return orders.get(0);
    }

    /** Every order, as the page's Order field lists them. */
    public List<ListOrder<T>> all() {
        return Collections.unmodifiableList(orders);
    }

    /**
     * The order a {@code sort} parameter names (in any case), or the list's own when it names none.
     *
     * @throws InvalidParameterException when it names an order this list does not offer
     */
    public ListOrder<T> named(String value) {
        if (value == null || value.isBlank()) {
            return first();
        }
        return orders.stream().filter(o -> o.parameter().equalsIgnoreCase(value.strip())).findFirst()
                .orElseThrow(() -> new InvalidParameterException("sort", "The parameter 'sort' must be one of: "
                        + String.join(", ", orders.stream().map(ListOrder::parameter).toList()) + ".",
                        "Choose one of the orders in the list."));
    }

    /**
     * The order a sort parameter names, or the list's own with the message to show beside the page's Order field when
     * it names none the list offers.
     */
    public Chosen<T> chosen(String value) {
        try {
            return new Chosen<>(named(value), null);
        } catch (InvalidParameterException e) {
            return new Chosen<>(first(), e.formMessage());
        }
    }

    /** The order a page shows, and the error beside its Order field (null when the address named a valid order). */
    public record Chosen<T>(ListOrder<T> order, String error) {
    }
}
