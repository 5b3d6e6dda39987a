package org.alliancetracker.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.alliancetracker.testing.NamesToSort;
import org.alliancetracker.web.ListOrders.Kind;

class ListOrdersTest {

    record Row(String name, int year, long count) {
    }

    private static final ListOrders<Row> ORDERS = ListOrders.<Row>ofRowsNamed(Row::name)
            .column("year", "Year", Kind.DATE, Comparator.comparingInt(Row::year))
            .byName()
            .column("count", "Count", Kind.COUNT, Comparator.comparingLong(Row::count));

    @Test
    void eachColumnOffersBothWaysNamedForWhatItHoldsAndACountMostFirst() {
        assertEquals(List.of("year", "-year", "name", "-name", "-count", "count"),
                ORDERS.all().stream().map(ListOrder::parameter).toList());
        assertEquals(List.of("Year, earliest first", "Year, latest first", "Name, A to Z", "Name, Z to A",
                "Count, most first", "Count, fewest first"), ORDERS.all().stream().map(ListOrder::label).toList());
        assertSame(ORDERS.first(), ORDERS.named(null), "no order named is the list's own");
        assertSame(ORDERS.first(), ORDERS.named(" "));
        assertTrue(ORDERS.first().isDefault());
        assertNull(ORDERS.first().queryValue(), "the list's own order stays out of the address");
        assertEquals("?sort=-count", ORDERS.named("-COUNT").query(), "named in any case, linked in its own");
    }

    @Test
    void aHeadingLinksToItsColumnsFirstOrderThenTurnsItRound() {
        ListOrder<Row> byYear = ORDERS.first();
        assertEquals("-year", byYear.byHeading("year").parameter());
        assertEquals("year", byYear.byHeading("year").byHeading("year").parameter());
        assertEquals("name", byYear.byHeading("name").parameter());
        assertEquals("-count", byYear.byHeading("count").parameter(), "a count's heading sorts most first");
        assertEquals("count", ORDERS.named("-count").byHeading("count").parameter());
        assertEquals("descending", ORDERS.named("-count").ariaSort("count"));
        assertEquals("ascending", byYear.ariaSort("year"));
        assertNull(byYear.ariaSort("name"));
        assertFalse(ORDERS.named("name").isDescending());
    }

    @Test
    void rowsSortByTheColumnThenByNameAndTheListsOwnOrderKeepsThemAsTheyCame() {
        List<Row> rows = List.of(new Row("b", 2001, 5), new Row("É", 2000, 5), new Row("a", 2001, 1));
        assertEquals(rows, ORDERS.first().sort(rows), "rows come in the list's own order");
        assertEquals(List.of("a", "b", "É"), names(ORDERS.named("name").sort(rows)), "any case, accents by letter");
        assertEquals(List.of("É", "b", "a"), names(ORDERS.named("-name").sort(rows)));
        assertEquals(List.of("a", "b", "É"), names(ORDERS.named("-year").sort(rows)), "ties by name either way");
        assertEquals(List.of("b", "É", "a"), names(ORDERS.named("-count").sort(rows)));
        assertEquals(List.of("a", "b", "É"), names(ORDERS.named("count").sort(rows)));
    }

    @Test
    void namesGoInTheOrderOfTheirSearchKeysInWhichTheDatabaseSortsThem() {
        List<Row> rows = NamesToSort.AS_MADE.stream().map(name -> new Row(name, 2000, 1)).toList();
        assertEquals(NamesToSort.IN_ORDER, names(ORDERS.named("name").sort(rows)));
        List<String> zToA = new ArrayList<>(names(ORDERS.named("-name").sort(rows)));
        Collections.reverse(zToA);
        assertEquals(NamesToSort.IN_ORDER, zToA, "Z to A, the other way round");
        assertEquals(NamesToSort.IN_ORDER, names(ORDERS.named("-year").sort(rows)), "ties by name");
    }

    @Test
    void anOrderTheListDoesNotOfferIsRefusedWithWhatItOffers() {
        InvalidParameterException refused = assertThrows(InvalidParameterException.class, () -> ORDERS.named("size"));
        assertEquals("sort", refused.parameter());
        assertEquals("The parameter 'sort' must be one of: year, -year, name, -name, -count, count.",
                refused.getMessage());
        ListOrders.Chosen<Row> chosen = ORDERS.chosen("size");
        assertSame(ORDERS.first(), chosen.order(), "the page shows the list in its own order");
        assertEquals("Choose one of the orders in the list.", chosen.error());
        assertNull(ORDERS.chosen("-name").error());
    }

    private static List<String> names(List<Row> rows) {
        return rows.stream().map(Row::name).toList();
    }
}
