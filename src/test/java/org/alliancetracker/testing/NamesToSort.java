package org.alliancetracker.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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

    private NamesToSort() {
    }
}
