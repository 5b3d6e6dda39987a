package org.alliancetracker.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.alliancetracker.common.PartialDate;

class FormatsTest {

    @Test
    void aSeriesReadsAsASentenceListsItsItems() {
        assertEquals("", Formats.series(List.of(), "and"));
        assertEquals("Xen", Formats.series(List.of("Xen"), "and"));
        assertEquals("Xen and KVM", Formats.series(List.of("Xen", "KVM"), "and"));
        assertEquals("Xen, KVM or VHD", Formats.series(List.of("Xen", "KVM", "VHD"), "or"));
    }

    @Test
    void aDaysDateKeepsItsDayAndMonthTogetherBeforeTheYear() {
        PartialDate day = PartialDate.ofDay(LocalDate.of(2008, 9, 4));
        assertEquals("4 September", Formats.dayAndMonth(day));
        assertEquals(Formats.dayAndMonth(day) + " 2008", Formats.display(day));
        assertNull(Formats.dayAndMonth(PartialDate.ofMonth(2011, 5)), "a month reads as one piece: May 2011");
        assertNull(Formats.dayAndMonth(PartialDate.ofYear(2011)));
    }
}
