package org.alliancetracker.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void theKeyIsInLowerCaseWithoutSpacesOrPunctuation() {
        assertEquals("hewlettpackard", SearchText.of("Hewlett-Packard").toString());
        assertEquals("oreillysons", SearchText.of(" O’Reilly & Sons ").toString());
        assertEquals("virtualharddiskvhd", SearchText.of("Virtual Hard Disk (VHD)").toString());
        assertEquals("abc", SearchText.of("a.b,\tc/").toString());
    }

    @Test
    void accentsAreLeftOutInEitherCase() {
        assertEquals("telecomparis", SearchText.of("Télécom Paris").toString());
        assertEquals("lodzoresundistanbul", SearchText.of("ŁÓDŹ Øresund İstanbul".replace("İ", "I")).toString());
        assertEquals("aaaaaaaaacccccddeeeeeeeeegggghiiiiiiiiijkllllnnnnooooooooorrrsssstt",
                SearchText.of("àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥìíîïĩīĭįıĵķĺļľłñńņňòóôõöøōŏőŕŗřśŝşšţť").toString());
        assertEquals("uuuuuuuuuuwyyyzzz", SearchText.of("ÙÚÛÜŨŪŬŮŰŲŴÝŸŶŹŻŽ").toString());
    }

    @Test
    void lettersWrittenAsTwoWithoutTheirAccentBecomeTwoInEitherCase() {
        assertEquals("strasse", SearchText.of("Straße").toString());
        assertEquals("grossestrasse", SearchText.of("GROẞE STRASSE").toString());
        assertEquals("baerumaesir", SearchText.of("Bærum ÆSIR").toString());
        assertEquals("oeuvreoeuvre", SearchText.of("œuvre ŒUVRE").toString());
    }

    @Test
    void aNamesWordKeysMakeItsKeyTogether() {
        assertEquals(List.of("hewlett", "packard"), SearchText.wordKeys("Hewlett-Packard"));
        assertEquals(List.of("o", "reilly", "sons"), SearchText.wordKeys(" O’Reilly & Sons "), "Reilly starts a word");
        assertEquals(List.of("virtual", "hard", "disk", "vhd"), SearchText.wordKeys("Virtual Hard Disk (VHD)"));
        assertEquals(List.of("telecom", "paris"), SearchText.wordKeys("Télécom\u00a0Paris"));
        assertEquals(List.of("xensource"), SearchText.wordKeys("XenSource"));
        assertEquals(List.of(), SearchText.wordKeys(" - "));
    }

    @Test
    void theSlugIsTheTextAsAnAddressName() {
        assertEquals("hp", SearchText.of(" HP ").slug());
        assertEquals("red-hat", SearchText.of("Red Hat").slug());
        assertEquals("telecom-paris", SearchText.of("Télécom, Paris").slug());
    }

    @Test
    void onlyPunctuationIsEmptyAndMatchesNothing() {
        assertTrue(SearchText.of(" - . ").isEmpty());
        assertFalse(SearchText.of("x").isEmpty());
    }

    @Test
    void wildcardsAreEscapedInThePatternsButNotInTheKey() {
        Map<String, Object> parameters = SearchText.of("50%_Off\\").parameters().map();
        assertEquals("50%_off\\", parameters.get("key"));
        assertEquals("50\\%\\_off\\\\%", parameters.get("prefix"));
        assertEquals("%50\\%\\_off\\\\%", parameters.get("contains"));
    }
}
