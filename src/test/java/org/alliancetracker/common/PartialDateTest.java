package org.alliancetracker.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    @ParameterizedTest
    @CsvSource({
            "2011, YEAR, 2011-01-01, 2011-12-31",
            "2011-05, MONTH, 2011-05-01, 2011-05-31",
            "2012-02, MONTH, 2012-02-01, 2012-02-29",
            "2011-02, MONTH, 2011-02-01, 2011-02-28",
            "2011-05-17, DAY, 2011-05-17, 2011-05-17",
            "' 2011-05 ', MONTH, 2011-05-01, 2011-05-31"
    })
    void parsesEachPrecisionToItsPeriod(String text, DatePrecision precision, LocalDate earliest, LocalDate latest) {
        PartialDate date = PartialDate.parse(text);
        assertEquals(precision, date.precision());
        assertEquals(earliest, date.earliest());
        assertEquals(latest, date.latest());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2011", "2011-05", "2011-05-17", "1999-12-31"})
    void isoTextRoundTrips(String text) {
        assertEquals(text, PartialDate.parse(text).iso());
        assertEquals(text, PartialDate.parse(text).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2011-13", "2011-00", "2011-02-30", "2011-04-31", "0000", "0999", "99999", "11",
            "2011-5", "2011-05-1", "May 2011", "2011/05", "2011-05-17T00:00", "", "   ", "2011-05-17x",
            "<script>", "2011-05 ; drop table membership"})
    void rejectsAnythingElseWithTheAcceptedFormats(String text) {
        InvalidDateException e = assertThrows(InvalidDateException.class, () -> PartialDate.parse(text));
        assertTrue(e.getMessage().contains("2011-05-17"), e.getMessage());
    }

    @Test
    void rejectsNull() {
        assertThrows(InvalidDateException.class, () -> PartialDate.parse(null));
    }

    @Test
    void optionalDateIsNullWhenBlank() {
        assertEquals(null, PartialDate.parseOptional(""));
        assertEquals(null, PartialDate.parseOptional(null));
        assertEquals(PartialDate.ofYear(2011), PartialDate.parseOptional("2011"));
    }

    @Test
    void ordersByTheDayEachDateHadCertainlyCome() {
        List<PartialDate> dates = new ArrayList<>(List.of(
                PartialDate.parse("2011-05-17"), PartialDate.parse("2011-01-01"), PartialDate.parse("2011-05"),
                PartialDate.parse("2010"), PartialDate.parse("2011"), PartialDate.parse("2011-01")));
        Collections.shuffle(dates);
        Collections.sort(dates);
        assertEquals(List.of("2010", "2011-01-01", "2011-01", "2011-05-17", "2011-05", "2011"),
                dates.stream().map(PartialDate::iso).toList());
    }

    @Test
    void equalityIsByPeriodAndPrecision() {
        assertEquals(PartialDate.parse("2011-05"), PartialDate.ofMonth(2011, 5));
        assertFalse(PartialDate.parse("2011-01").equals(PartialDate.parse("2011-01-01")));
        assertFalse(PartialDate.parse("2011").equals(PartialDate.parse("2011-01")));
    }

    @Test
    void certainlyBeforeComparesWholePeriods() {
        assertTrue(PartialDate.parse("2011-04").isCertainlyBefore(PartialDate.parse("2011-05")));
        assertFalse(PartialDate.parse("2011-05-17").isCertainlyBefore(PartialDate.parse("2011-05")));
        assertFalse(PartialDate.parse("2011").isCertainlyBefore(PartialDate.parse("2011-05")));
        assertTrue(PartialDate.parse("2010-12-31").isCertainlyBefore(PartialDate.parse("2011")));
    }

    @Test
    void aStartKnownToTheMonthCountsFromTheLastDayOfTheMonth() {
        PartialDate may = PartialDate.parse("2011-05");
        assertTrue(may.hasCertainlyStartedBy(LocalDate.parse("2011-05-31")));
        assertFalse(may.hasCertainlyStartedBy(LocalDate.parse("2011-05-30")));
        assertFalse(may.hasCertainlyStartedBy(LocalDate.parse("2011-04-30")));
    }

    @Test
    void anEndKnownToTheYearCountsFromTheFirstDayOfTheYear() {
        PartialDate year = PartialDate.parse("2012");
        assertTrue(year.mayHaveEndedBy(LocalDate.parse("2012-01-01")));
        assertFalse(year.mayHaveEndedBy(LocalDate.parse("2011-12-31")));
    }
}
