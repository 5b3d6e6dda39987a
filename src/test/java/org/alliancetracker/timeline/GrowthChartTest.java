package org.alliancetracker.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.alliancetracker.common.PartialDate;

class GrowthChartTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-25");

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static GrowthChart chart(List<GrowthChart.Span> spans, List<GrowthChart.ReportedInput> reported,
            PartialDate from, PartialDate to) {
        return GrowthChart.build("Growth", "desc", "Named members", 960, 320, spans, reported,
                PartialDate.parse("2011-05"), PartialDate.parse("2016-12-01"), List.of(new GrowthChart.BandInput(
                        PartialDate.parse("2011-05"), "Founded", "Founded May 2011")), from, to, TODAY);
    }

    @Test
    void theStepLineCountsMembersAsTheyJoinAndLeave() {
        List<GrowthChart.Span> spans = List.of(
                new GrowthChart.Span(d("2011-05-31"), null),
                new GrowthChart.Span(d("2011-05-31"), d("2013-01-01")),
                new GrowthChart.Span(d("2011-12-31"), null));
        GrowthChart chart = chart(spans, List.of(), null, null);
        assertEquals(3, chart.peak);
        // Three changes: +2 on 31 May 2011, +1 on 31 December 2011, -1 on 1 January 2013.
        String path = chart.stepPath;
        assertEquals(3, path.split(" H").length - 2, path);
        assertTrue(path.startsWith("M" + String.format(Locale.ROOT, "%.1f", chart.plotLeft)));
        assertEquals(chart.plotBottom, chart.yTicks.get(0).at(), 1e-9);
        assertEquals("0", chart.yTicks.get(0).label());
    }

    @Test
    void theMostMembersAtOnceCountsLeaversOnTheDayTheyLeave() {
        List<GrowthChart.Span> spans = List.of(
                new GrowthChart.Span(d("2011-05-31"), d("2012-01-01")),
                new GrowthChart.Span(d("2011-06-30"), null),
                new GrowthChart.Span(d("2012-01-01"), null),
                new GrowthChart.Span(d("2013-01-01"), d("2014-01-01")));
        // Two at once in 2011; on 2012-01-01 one leaves as another joins; three once 2013 begins.
        assertEquals(3, GrowthChart.Span.mostAtOnce(spans));
        assertEquals(2, GrowthChart.Span.mostAtOnce(spans.subList(0, 3)));
        assertEquals(0, GrowthChart.Span.mostAtOnce(List.of()));
    }

    @Test
    void reportedCountsAreLabelledPointsWithWhiskersOverTheirPeriod() {
        List<GrowthChart.ReportedInput> reported = List.of(
                new GrowthChart.ReportedInput(PartialDate.parse("2011-09"), 100, "at least 100 members", "t1"),
                new GrowthChart.ReportedInput(PartialDate.parse("2011-11"), 200, "200 members", "t2"));
        GrowthChart chart = chart(List.of(new GrowthChart.Span(d("2011-05-31"), null)), reported, null, null);
        assertEquals(2, chart.points.size());
        GrowthChart.Point nov = chart.points.get(1);
        assertTrue(nov.whiskerLeft() < nov.cx() && nov.cx() < nov.whiskerRight());
        assertEquals(chart.plotTop, nov.cy(), 1e-9, "the largest count reaches the top of the axis");
        assertTrue(chart.points.stream().allMatch(GrowthChart.Point::labelShown));
        assertEquals(1, chart.bands.size());
    }

    @Test
    void aLabelOfAReportAtTheStartStaysClearOfTheCountAxis() {
        List<GrowthChart.ReportedInput> reported = List.of(
                new GrowthChart.ReportedInput(PartialDate.parse("2011-05"), 10, "10 founding members", "t"));
        GrowthChart chart = chart(List.of(new GrowthChart.Span(d("2011-05-31"), null)), reported, null, null);
        GrowthChart.Point founding = chart.points.get(0);
        assertTrue(founding.labelShown());
        assertTrue(founding.labelX() - TextMetrics.width(founding.label(), 12) / 2 >= chart.plotLeft,
                "the label begins right of the axis's tick labels");
    }

    @Test
    void aWindowLimitsTheAxisAndStartsFromTheMembersAlreadyCounted() {
        List<GrowthChart.Span> spans = List.of(new GrowthChart.Span(d("2011-05-31"), null),
                new GrowthChart.Span(d("2014-03-31"), null));
        GrowthChart chart = chart(spans, List.of(), PartialDate.parse("2013"), PartialDate.parse("2015"));
        assertEquals("Jan 2013", chart.xTicks.get(0).label(), "quarters for a three-year window");
        assertEquals(2, chart.peak);
        assertTrue(chart.stepPath.split(" H").length == 3, chart.stepPath);
    }

    /** Five hundred members and twenty reported counts in one year: labels never overlap, at 320 px too. */
    @Test
    void crowdedLabelsNeverOverlap() {
        List<GrowthChart.Span> spans = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            spans.add(new GrowthChart.Span(d("2011-05-31").plusDays(i * 3L), i % 4 == 0 ? d("2015-01-01") : null));
        }
        List<GrowthChart.ReportedInput> reported = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            reported.add(new GrowthChart.ReportedInput(PartialDate.ofMonth(2012, m), 100L * m, (100 * m) + " members",
                    "t"));
        }
        for (double width : new double[] {320, 960}) {
            GrowthChart chart = GrowthChart.build("g", "d", "l", width, 320, spans, reported, null, null, List.of(),
                    null, null, TODAY);
            List<GrowthChart.Point> shown = chart.points.stream().filter(GrowthChart.Point::labelShown).toList();
            for (int i = 0; i < shown.size(); i++) {
                for (int j = i + 1; j < shown.size(); j++) {
                    GrowthChart.Point a = shown.get(i);
                    GrowthChart.Point b = shown.get(j);
                    if (Math.abs(a.labelY() - b.labelY()) < 1) {
                        double half = (TextMetrics.width(a.label(), 12) + TextMetrics.width(b.label(), 12)) / 2;
                        assertTrue(Math.abs(a.labelX() - b.labelX()) >= half, "labels overlap at " + width);
                    }
                }
            }
            assertEquals(12, chart.points.size());
            assertEquals(500 - 125, spans.stream().filter(s -> s.uncounted() == null).count());
        }
    }

    @Test
    void spansOfOneBackerThatOverlapOrTouchAreCountedOnce() {
        List<GrowthChart.Span> union = GrowthChart.Span.union(List.of(
                new GrowthChart.Span(d("2009-12-31"), null),
                new GrowthChart.Span(d("2008-09-04"), d("2010-01-01")),
                new GrowthChart.Span(d("2001-01-01"), d("2003-01-01")),
                new GrowthChart.Span(d("2003-01-01"), d("2004-06-30"))));
        assertEquals(List.of(new GrowthChart.Span(d("2001-01-01"), d("2004-06-30")),
                new GrowthChart.Span(d("2008-09-04"), null)), union);
        assertEquals(List.of(new GrowthChart.Span(null, d("2012-01-01"))), GrowthChart.Span.union(List.of(
                new GrowthChart.Span(d("2011-05-31"), d("2012-01-01")), new GrowthChart.Span(null, d("2011-06-01")))),
                "a span whose start is not known reaches back before the other");
        assertEquals(List.of(new GrowthChart.Span(null, d("2012-01-01"))), GrowthChart.Span.union(List.of(
                new GrowthChart.Span(null, d("2010-01-01")), new GrowthChart.Span(null, d("2012-01-01")))),
                "two roles whose starts are not known");
        assertEquals(List.of(), GrowthChart.Span.union(List.of()));
    }

    @Test
    void aSpanWhoseStartIsNotKnownIsCountedFromTheStartOfTheChart() {
        List<GrowthChart.Span> spans = List.of(new GrowthChart.Span(null, d("2008-09-04")),
                new GrowthChart.Span(d("2008-09-04"), null), new GrowthChart.Span(d("2011-05-31"), null));
        GrowthChart chart = GrowthChart.build("Backers", "desc", "Backers recorded", 960, 320, spans, List.of(),
                PartialDate.parse("2006-09-04"), null, List.of(), null, null, TODAY);
        assertEquals(d("2006-01-01"), chart.scale.start(), "from the start the caller gives, rounded to a tick");
        assertEquals(2, chart.peak);
        assertEquals(2, GrowthChart.Span.mostAtOnce(spans));
        assertEquals(chart.yTicks.stream().filter(t -> t.label().equals("1")).findFirst().orElseThrow().at(),
                Double.parseDouble(chart.stepPath.split(",")[1].split(" ")[0]), 1e-9,
                "one backer from the start: the one whose start is not known");
        assertEquals("Backers recorded", chart.lineTitle);
        assertEquals(List.of(), chart.bands);
        assertEquals(GrowthChart.PADDING + GrowthChart.FONT_SIZE / 2, chart.plotTop, 1e-9,
                "no rows kept for labels there are none of");
        assertTrue(chart(spans, List.of(), null, null).plotTop > 50, "a chart with a band keeps its rows");
    }
}
