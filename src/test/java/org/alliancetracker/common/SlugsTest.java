package org.alliancetracker.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {

    @ParameterizedTest
    @ValueSource(strings = {"ibm", "red-hat", "open-virtualization-alliance", "x86-64"})
    void acceptsUrlSafeSlugs(String slug) {
        assertTrue(Slugs.isValid(slug));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Red-Hat", "red--hat", "-ibm", "ibm-", "red hat", "../etc/passwd", "ibm/x", "café"})
    void rejectsOthers(String slug) {
        assertFalse(Slugs.isValid(slug));
    }

    @ParameterizedTest
    @CsvSource({"Red Hat, red-hat", "Société Générale, societe-generale", "  AT&T Inc. , at-t-inc",
            "Open Virtualization Alliance (OVA), open-virtualization-alliance-ova"})
    void proposesASlugFromAName(String name, String slug) {
        assertEquals(slug, Slugs.fromName(name));
    }
}
