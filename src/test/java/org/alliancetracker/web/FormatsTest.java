package org.alliancetracker.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void aSeriesReadsAsASentenceListsItsItems() {
        assertEquals("", Formats.series(List.of(), "and"));
        assertEquals("Xen", Formats.series(List.of("Xen"), "and"));
        assertEquals("Xen and KVM", Formats.series(List.of("Xen", "KVM"), "and"));
        assertEquals("Xen, KVM or VHD", Formats.series(List.of("Xen", "KVM", "VHD"), "or"));
    }
}
