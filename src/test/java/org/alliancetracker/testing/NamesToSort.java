package org.alliancetracker.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import org.jsoup.nodes.Document;

/**
 * Names that every list, whether the database or the page sorts it, shows in one order: their search keys' (case,
 * accents, spaces and punctuation left out), so that Étoile comes among the E's, not after Z.
 */
public final class NamesToSort {

    /** The names in that order. */
    public static final List<String> IN_ORDER = List.of("eagle", "Étoile", "Łódź Tech", "Øresund Data", "R&D Labs",
            "Redfish", "Red Hat", "Zeta Works");

    /** The same names in the order a test makes them, which is neither that order nor its reverse. */
    public static final List<String> AS_MADE = List.of("Zeta Works", "Øresund Data", "Red Hat", "Redfish",
            "R&D Labs", "Étoile", "eagle", "Łódź Tech");

    /** The names in order, each after {@code prefix} and a space, as {@link GeneratedData} names them. */
    public static List<String> inOrder(String prefix) {
        return IN_ORDER.stream().map(name -> prefix + " " + name).toList();
    }

    /** The names in reverse order ("Z to A"), each after {@code prefix} and a space. */
    public static List<String> inReverse(String prefix) {
        List<String> reversed = new ArrayList<>(inOrder(prefix));
        Collections.reverse(reversed);
        return reversed;
    }

    /**
     * Asserts that the page at {@code address} lists the names (after {@code prefix}), which all tie in its own order,
     * by name in that order, as the database sorts them; and by name either way with {@code ?sort=name} and
     * {@code ?sort=-name}, as the page sorts them.
     */
    public static void assertListedInOrder(String prefix, String address, Function<Document, List<String>> names) {
        assertEquals(inOrder(prefix), names.apply(Pages.get(address)), address + ": ties go by name");
        assertEquals(inOrder(prefix), names.apply(Pages.get(address + "?sort=name")));
        assertEquals(inReverse(prefix), names.apply(Pages.get(address + "?sort=-name")));
    }

    private NamesToSort() {
    }
}
