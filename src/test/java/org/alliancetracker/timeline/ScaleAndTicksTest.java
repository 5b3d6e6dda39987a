package org.alliancetracker.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScaleAndTicksTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void mapsDaysLinearly() {
        TimeScale scale = new TimeScale(d("2010-01-01"), d("2012-01-01"), 100, 500);
        assertEquals(100, scale.x(d("2010-01-01")), 1e-9);
        assertEquals(500, scale.x(d("2012-01-01")), 1e-9);
        assertEquals(300, scale.x(d("2011-01-01")), 0.3);
        assertEquals(100, scale.clampedX(d("2000-01-01")), 1e-9);
        assertEquals(500, scale.clampedX(d("2030-01-01")), 1e-9);
    }

    @Test
    void refusesAnEmptyScale() {
        assertThrows(IllegalArgumentException.class, () -> new TimeScale(d("2010-01-01"), d("2010-01-01"), 0, 10));
        assertThrows(IllegalArgumentException.class, () -> new TimeScale(d("2010-01-01"), d("2011-01-01"), 10, 10));
    }

    @Test
    void coversWholeYearsOrWholeMonths() {
        TimeScale years = TimeScale.covering(d("2007-08-15"), d("2016-12-01"), 0, 100);
        assertEquals(d("2007-01-01"), years.start());
        assertEquals(d("2017-01-01"), years.end());
        TimeScale months = TimeScale.covering(d("2011-05-17"), d("2011-11-03"), 0, 100);
        assertEquals(d("2011-05-01"), months.start());
        assertEquals(d("2011-12-01"), months.end());
    }

    @Test
    void namesTheFirstAndLastYearShownWithTheEndExclusive() {
        TimeScale years = TimeScale.covering(d("2007-08-15"), d("2016-12-01"), 0, 100);
        assertEquals(2007, years.firstYear());
        assertEquals(2016, years.lastYear(), "the scale ends on 1 January 2017, which it does not show");
        TimeScale window = new TimeScale(d("2010-06-01"), d("2012-03-01"), 0, 100);
        assertEquals(2010, window.firstYear());
        assertEquals(2012, window.lastYear());
    }

    @ParameterizedTest
    @CsvSource({
            "2011-01-01, 2012-01-01, 960, Jan 2011",
            "2007-01-01, 2017-01-01, 960, 2007",
            "1900-01-01, 2000-01-01, 960, 1900",
            "2011-01-01, 2011-03-01, 960, Jan 2011"
    })
    void firstTickIsAtTheStartOfItsStep(String start, String end, double width, String firstLabel) {
        List<Tick> ticks = TimeTicks.choose(new TimeScale(d(start), d(end), 0, width), 12);
        assertEquals(firstLabel, ticks.get(0).label());
    }

    @Test
    void ticksAdaptToTheRange() {
        assertEquals(13, TimeTicks.choose(new TimeScale(d("2011-01-01"), d("2012-01-01"), 0, 960), 12).size(),
                "months for a year");
        assertEquals(11, TimeTicks.choose(new TimeScale(d("2007-01-01"), d("2017-01-01"), 0, 960), 12).size(),
                "years for a decade");
        List<Tick> century = TimeTicks.choose(new TimeScale(d("1900-01-01"), d("2000-01-01"), 0, 640), 12);
        assertEquals(List.of("1900", "1910", "1920"), century.subList(0, 3).stream().map(Tick::label).toList(),
                "decades for a century");
        List<Tick> wideCentury = TimeTicks.choose(new TimeScale(d("1900-01-01"), d("2000-01-01"), 0, 960), 12);
        assertEquals(List.of("1900", "1905", "1910"), wideCentury.subList(0, 3).stream().map(Tick::label).toList(),
                "half-decades where there is room");
        List<Tick> narrow = TimeTicks.choose(new TimeScale(d("2007-01-01"), d("2017-01-01"), 0, 320), 12);
        assertTrue(narrow.size() < 11, "fewer ticks when narrow");
    }

    /** A chart drawn for a phone's column still names two points in time, so that its scale can be read. */
    @Test
    void aNarrowAxisNamesAtLeastTwoTimes() {
        String[][] ranges = {{"2011-05-01", "2027-01-01"}, {"2007-01-01", "2027-01-01"}, {"2000-01-01", "2017-01-01"},
                {"2011-01-01", "2012-01-01"}};
        for (String[] range : ranges) {
            for (int width = 120; width <= 320; width += 10) {
                List<Tick> ticks = TimeTicks.choose(new TimeScale(d(range[0]), d(range[1]), 0, width), 12);
                assertTrue(ticks.size() >= 2, range[0] + ".." + range[1] + " at " + width + ": " + ticks);
            }
        }
    }

    /** For every range and width, adjacent tick labels keep apart and stay on the scale. */
    @Test
    void labelsNeverOverlap() {
        String[][] ranges = {{"2011-05-01", "2011-06-01"}, {"2011-01-01", "2012-01-01"}, {"2010-01-01", "2013-07-01"},
                {"2000-01-01", "2017-01-01"}, {"1950-01-01", "2030-01-01"}, {"1000-01-01", "2030-01-01"}};
        for (String[] range : ranges) {
            for (int width = 320; width <= 2400; width += 40) {
                TimeScale scale = new TimeScale(d(range[0]), d(range[1]), 0, width);
                List<Tick> ticks = TimeTicks.choose(scale, 12);
                for (int i = 1; i < ticks.size(); i++) {
                    double room = ticks.get(i).at() - ticks.get(i - 1).at();
                    double needed = (TextMetrics.width(ticks.get(i).label(), 12)
                            + TextMetrics.width(ticks.get(i - 1).label(), 12)) / 2;
                    assertTrue(room > needed, range[0] + ".." + range[1] + " at " + width + ": " + ticks);
                }
                for (Tick t : ticks) {
                    assertTrue(t.at() >= 0 && t.at() <= width, "tick outside the scale");
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"9, 200, 28, 2", "200, 200, 28, 50", "0, 200, 28, 1", "2000, 240, 28, 500", "7, 40, 28, 10"})
    void countAxisUsesRoundSteps(long max, double length, double spacing, long expectedStep) {
        long step = ValueTicks.step(max, length, spacing);
        assertEquals(expectedStep, step);
        long top = ValueTicks.top(max, step);
        assertTrue(top >= max && top % step == 0);
        assertTrue(ValueTicks.values(top, step).size() - 1 <= Math.max(1, Math.floor(length / spacing)));
    }

    @Test
    void longTextIsCutWithAnEllipsisToFit() {
        assertEquals("IBM", TextMetrics.fit("IBM", 100, 12, false));
        String cut = TextMetrics.fit("International Business Machines Corporation", 100, 12, false);
        assertTrue(cut.endsWith("…"), cut);
        assertTrue(TextMetrics.width(cut, 12) <= 100, cut);
    }
}
