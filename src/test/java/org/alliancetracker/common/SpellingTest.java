package org.alliancetracker.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SpellingTest {

    @Test
    void editsCountLettersAddedDroppedOrChangedToReachAWordOfTheName() {
        assertEquals(0, Spelling.edits("qumranet", "Qumranet"));
        assertEquals(1, Spelling.edits("qumranett", "Qumranet"), "one letter too many");
        assertEquals(1, Spelling.edits("citrx", "Citrix Systems"), "one letter missing");
        assertEquals(1, Spelling.edits("redhot", "Red Hat"), "one letter changed, spaces ignored");
        assertEquals(2, Spelling.edits("hewlet pakard", "Hewlett-Packard"), "two letters missing");
        assertEquals(1, Spelling.edits("systms", "Citrix Systems"), "a later word of the name");
        assertEquals(1, Spelling.edits("Virtualisation", "Open Virtualization Alliance"), "inside the name");
        assertEquals(1, Spelling.edits("telekom", "Télécom Paris"), "accents ignored");
    }

    @Test
    void aMatchStartsWhereAWordOfTheNameStarts() {
        assertEquals(2, Spelling.edits("ibmm", "Sibm Group"), "the name's letters before a match count");
        assertEquals(3, Spelling.edits("source", "XenSource"), "a word of capitals inside another is not a word");
    }

    @Test
    void keysOneLetterApartArePairedButNotThoseApartByADigitByMoreOrAlike() {
        List<Spelling.Name> keys = List.of(new Spelling.Name(1, "redhat"), new Spelling.Name(2, "redhatt"),
                new Spelling.Name(3, "redhot"), new Spelling.Name(4, "pair12"), new Spelling.Name(5, "pair13"),
                new Spelling.Name(6, "pair123"), new Spelling.Name(7, "acmeco"), new Spelling.Name(8, "acmeco"),
                new Spelling.Name(9, "ibmco"), new Spelling.Name(10, "ibm"), new Spelling.Name(11, "ibmc"),
                new Spelling.Name(12, "novell"), new Spelling.Name(13, "novel"), new Spelling.Name(14, "aab"),
                new Spelling.Name(15, "xaabxx"), new Spelling.Name(16, "xacbxx"));
        assertEquals(List.of(new Spelling.Pair(13, 12), new Spelling.Pair(1, 2), new Spelling.Pair(1, 3),
                new Spelling.Pair(15, 16)), Spelling.oneLetterApart(keys, 5),
                "in the order of the first one's key; a key shorter than five letters is paired with none");
    }

    @Test
    void keysOneLetterApartAreFoundAmongManyWithoutComparingEachTwo() {
        List<Spelling.Name> keys = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            keys.add(new Spelling.Name(i, "organization" + i));
        }
        keys.add(new Spelling.Name(-1, "organizaton77"));
        assertEquals(List.of(new Spelling.Pair(77, -1)), Spelling.oneLetterApart(keys, 5));
    }

    @Test
    void aLongerTextToleratesMoreEditsAndAShortOneNone() {
        assertEquals(0, Spelling.tolerated("ibm"));
        assertEquals(1, Spelling.tolerated("intl"));
        assertEquals(1, Spelling.tolerated("Red Hat"));
        assertEquals(2, Spelling.tolerated("qumranett"));
        assertEquals(2, Spelling.tolerated("hewlet pakard"));
    }

    @Test
    void closestNamesComeFirstAndARecordOnceByItsClosestName() {
        List<Spelling.Name> names = List.of(new Spelling.Name(1, "Qumranet"), new Spelling.Name(2, "Qumranet Labs"),
                new Spelling.Name(3, "Quorum Networks"), new Spelling.Name(4, "Qumran Net"),
                new Spelling.Name(2, "Qumranett Labs"), new Spelling.Name(5, "Red Hat"));

        List<Spelling.Close> closest = Spelling.closest("qumranett", names, 5);

        assertEquals(List.of(2L, 1L, 4L), closest.stream().map(Spelling.Close::id).toList(),
                "Qumranett Labs holds the text, Qumranet is a letter off, Qumran Net two; the rest too far");
        assertEquals(List.of(0, 1, 2), closest.stream().map(Spelling.Close::edits).toList());
    }

    @Test
    void amongNamesEquallyCloseThoseNearestInLengthComeFirstAndAtMostTheLimit() {
        List<Spelling.Name> names = List.of(new Spelling.Name(1, "Citrix Systems International"),
                new Spelling.Name(2, "Citrix"), new Spelling.Name(3, "Citrix Systems"), new Spelling.Name(4, "Citrus"));

        List<Spelling.Close> closest = Spelling.closest("citrx", names, 3);

        assertEquals(List.of(2L, 4L, 3L), closest.stream().map(Spelling.Close::id).toList());
    }

    @Test
    void aTextTooShortToTellATypoFindsNothing() {
        assertTrue(Spelling.closest("ibn", List.of(new Spelling.Name(1, "IBM")), 5).isEmpty());
        assertTrue(Spelling.closest(" - ", List.of(new Spelling.Name(1, "IBM")), 5).isEmpty());
    }
}
