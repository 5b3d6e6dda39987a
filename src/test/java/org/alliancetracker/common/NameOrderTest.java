package org.alliancetracker.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.alliancetracker.testing.NamesToSort;

class NameOrderTest {

    private static List<String> sorted(List<String> names) {
        return names.stream().sorted(Comparator.comparing(NameOrder::of)).toList();
    }

    @Test
    void namesGoByTheirSearchKeysLeavingOutCaseAccentsSpacesAndPunctuation() {
        assertEquals(NamesToSort.IN_ORDER, sorted(NamesToSort.AS_MADE));
        assertEquals(SearchText.of("Étoile Réseaux").toString(), NameOrder.of("Étoile Réseaux").key(),
                "the key a search compares, which the database keeps beside the name");
    }

    @Test
    void namesAlikeButForCaseSpacesOrPunctuationGoInLowerCaseOrder() {
        assertEquals(List.of("Red Hat", "red-hat", "REDHAT"),
                sorted(List.of("REDHAT", "red-hat", "Red Hat")));
    }
}
