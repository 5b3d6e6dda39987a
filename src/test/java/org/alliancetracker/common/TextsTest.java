package org.alliancetracker.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void aShortTextIsKeptWhole() {
        assertEquals("Xen", Texts.abbreviate("Xen", 3));
        assertEquals("", Texts.abbreviate(null, 3), "nothing sent reads as nothing");
    }

    @Test
    void aLongTextKeepsItsBeginningAndEndsWithAnEllipsis() {
        assertEquals("Open…", Texts.abbreviate("Open Virtualization Alliance", 4));
    }

    @Test
    void charactersOutsideTheBasicPlaneCountAsOneAndAreNeverCutInHalf() {
        String clefs = "𝄞𝄞𝄞𝄞";
        assertEquals(clefs, Texts.abbreviate(clefs, 4), "four characters, eight chars");
        assertEquals("𝄞𝄞…", Texts.abbreviate(clefs, 2));
    }
}
