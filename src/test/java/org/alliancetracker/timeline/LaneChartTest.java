package org.alliancetracker.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.alliancetracker.common.PartialDate;

class LaneChartTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-25");

    private static PartialDate p(String iso) {
        return PartialDate.parse(iso);
    }

    private static LaneChart.Builder builder(double width) {
        return LaneChart.builder("Test", "A test chart", width, TODAY);
    }

    @Test
    void aJoinKnownToTheMonthFadesOverThatMonth() {
        LaneChart.Builder b = builder(960);
        int lane = b.lane("IBM", "tier-0", false);
        b.bar(lane, p("2011-05"), p("2016-12-01"), false, "IBM", "tier-0");
        LaneChart chart = b.build();
        List<Segment> segments = chart.bars.get(0).segments();
        assertEquals(Segment.Kind.FADED, segments.get(0).kind());
        assertEquals(chart.scale.x(LocalDate.parse("2011-05-01")), segments.get(0).x(), 1e-9);
        assertEquals(chart.scale.x(LocalDate.parse("2011-05-31")), segments.get(1).x(), 1e-9);
        assertEquals(Segment.Kind.SOLID, segments.get(1).kind());
        assertFalse(chart.bars.get(0).openEnd());
    }

    @Test
    void aJoinKnownToTheDayHasNoFadedEdgeAndAnOpenBarRunsToToday() {
        LaneChart.Builder b = builder(960);
        b.bar(b.lane("Citrix", "tier-0", false), p("2007-08-15"), null, true, "Citrix", "tier-0");
        LaneChart chart = b.build();
        LaneChart.Bar bar = chart.bars.get(0);
        assertEquals(1, bar.segments().size());
        assertEquals(chart.scale.x(TODAY), bar.endX(), 1e-9);
        assertTrue(bar.openEnd());
    }

    @Test
    void anUnknownStartFadesInFromTheLeftEdge() {
        LaneChart.Builder b = builder(960);
        b.bar(b.lane("XenSource", "p", false), null, p("2010"), false, "x", "p");
        b.bar(b.lane("Citrix", "p", false), p("2007-08-15"), null, true, "c", "p");
        LaneChart chart = b.build();
        Segment first = chart.bars.get(0).segments().get(0);
        assertEquals(Segment.Kind.FADE_IN, first.kind());
        assertEquals(chart.plotLeft, first.x(), 1e-9);
    }

    @Test
    void aBarWhoseStartNoSourceGivesReachesBackTwoYearsRatherThanStartingAtItsEnd() {
        // IBM's own timeline: its Xen backing has no known start and ends in the month its KVM backing starts.
        LaneChart.Builder b = builder(960);
        b.bar(b.lane("Xen", "p", false), null, p("2011-05"), false, "ibm xen", "p");
        b.bar(b.lane("KVM", "p", false), p("2011-05"), null, true, "ibm kvm", "p");
        LaneChart chart = b.build();
        assertFalse(chart.scale.start().isAfter(LocalDate.parse("2009-05-01")),
                "the axis starts two years before the first day the bar is known to end: " + chart.scale.start());
        List<Segment> xen = chart.bars.get(0).segments();
        assertEquals(Segment.Kind.FADE_IN, xen.get(0).kind());
        assertEquals(LaneChart.FADE_IN_WIDTH, xen.get(0).width(), 1e-9, "the whole fade shows");
        assertEquals(Segment.Kind.SOLID, xen.get(1).kind());
        assertTrue(xen.get(1).width() > 0, "a solid stretch follows the fade, before the month it ended");
    }

    @Test
    void theReachBackOfAnUnknownStartDoesNotWidenAChartThatAlreadyGoesBackFurther() {
        LaneChart.Builder b = builder(960);
        b.bar(b.lane("XenSource", "p", false), null, p("2010"), false, "x", "p");
        b.bar(b.lane("Citrix", "p", false), p("2007-08-15"), null, true, "c", "p");
        assertEquals(LocalDate.parse("2007-01-01"), b.build().scale.start());

        LaneChart.Builder windowed = builder(960).window(p("2011"), p("2016"));
        windowed.bar(windowed.lane("Xen", "p", false), null, p("2011-05"), false, "ibm xen", "p");
        assertEquals(LocalDate.parse("2011-01-01"), windowed.build().scale.start(), "a window asked for is kept");
    }

    @Test
    void theLegendExplainsAFadeInOnlyWhereAShownBarHasAStartNoSourceGives() {
        LaneChart.Builder b = builder(960).window(p("2012"), p("2016"));
        b.bar(b.lane("Xen", "p", false), null, p("2011-05"), false, "ibm xen", "p");
        b.bar(b.lane("KVM", "p", false), p("2011-05"), null, true, "ibm kvm", "p");
        b.legend("Project backing", "project").legendForUnknownStarts("Start not given by any source");
        assertEquals(List.of("Project backing"), b.build().legend.stream().map(LaneChart.LegendItem::label).toList(),
                "the bar with no known start ends before the window, so nothing on the chart fades in");

        LaneChart.Builder whole = builder(960);
        whole.bar(whole.lane("Xen", "p", false), null, p("2011-05"), false, "ibm xen", "p");
        whole.legend("Project backing", "project").legendForUnknownStarts("Start not given by any source");
        List<LaneChart.LegendItem> legend = whole.build().legend;
        assertEquals(List.of("Project backing", "Start not given by any source"),
                legend.stream().map(LaneChart.LegendItem::label).toList());
        assertTrue(legend.get(1).fadeIn(), "its swatch fades in as the bars do");
        assertFalse(legend.get(0).fadeIn());
    }

    @Test
    void theLegendExplainsFadedEdgesOnlyWhereABarInViewHasADateKnownToTheMonthOrYearOnly() {
        String rough = "Date known to the month or year only";
        LaneChart.Builder exact = builder(960);
        exact.bar(exact.lane("Xen", "p", false), null, p("2007-08-15"), false, "xensource xen", "p");
        exact.bar(exact.lane("Citrix", "p", false), p("2007-08-15"), null, true, "citrix xen", "p");
        exact.legend("Project backing", "project").legendForPartialDates(rough);
        assertEquals(List.of("Project backing"), exact.build().legend.stream().map(LaneChart.LegendItem::label)
                .toList(), "every date is known to the day (or not at all)");

        for (String[] dates : new String[][] {{"2011-05", null}, {"2010-03-01", "2011"}}) {
            LaneChart.Builder partial = builder(960);
            partial.bar(partial.lane("KVM", "p", false), p(dates[0]), dates[1] == null ? null : p(dates[1]),
                    dates[1] == null, "ibm kvm", "p");
            partial.legend("Project backing", "project").legendForPartialDates(rough);
            assertEquals(List.of("Project backing", rough), partial.build().legend.stream()
                    .map(LaneChart.LegendItem::label).toList(), "a start or an end known roughly");
        }

        LaneChart.Builder outside = builder(960).window(p("2012"), p("2016"));
        outside.bar(outside.lane("Xen", "p", false), p("2005"), p("2011-05"), false, "ibm xen", "p");
        outside.bar(outside.lane("KVM", "p", false), p("2011-05-17"), null, true, "ibm kvm", "p");
        outside.legend("Project backing", "project").legendForPartialDates(rough);
        assertEquals(List.of("Project backing"), outside.build().legend.stream().map(LaneChart.LegendItem::label)
                .toList(), "the bar with rough dates lies before the window");
    }

    @Test
    void lanesAreStackedInOrderUnderTheirGroupsWithoutOverlap() {
        LaneChart.Builder b = builder(960);
        b.group("Xen");
        int a = b.lane("IBM", "p", true);
        b.group("KVM");
        int c = b.lane("IBM", "p", true);
        b.bar(a, null, p("2011-05"), false, "ibm xen", "p");
        b.bar(c, p("2011-05"), null, true, "ibm kvm", "p");
        b.arrow(a, c, p("2011-05"), "IBM moved");
        LaneChart chart = b.build();
        assertEquals(2, chart.groups.size());
        assertTrue(chart.groups.get(0).y() < chart.lanes.get(0).y());
        assertTrue(chart.lanes.get(0).y() + LaneChart.LANE_HEIGHT <= chart.groups.get(1).y());
        assertTrue(chart.groups.get(1).y() + LaneChart.GROUP_HEIGHT <= chart.lanes.get(1).y());
        LaneChart.Arrow arrow = chart.arrows.get(0);
        assertEquals(chart.scale.x(LaneChart.middle(p("2011-05"))), arrow.x(), 1e-9);
        assertTrue(arrow.startY() > chart.lanes.get(0).centre() && arrow.tipY() < chart.lanes.get(1).centre());
    }

    @Test
    void theLabelColumnHoldsTheWidestGroupHeaderAndCutsOneTooWideForIt() {
        LaneChart.Builder b = builder(960);
        b.group("KVM (open source)");
        b.bar(b.lane("SUSE", "p", false), p("2011-05"), null, true, "suse", "p");
        LaneChart chart = b.build();
        double header = TextMetrics.width("KVM (open source)", LaneChart.GROUP_FONT_SIZE, true);
        assertTrue(chart.laneLabelX() - header >= LaneChart.PADDING,
                "the bold header, wider than every lane label, starts inside the chart");
        assertEquals("KVM (open source)", chart.groups.get(0).label());

        LaneChart.Builder narrow = builder(360);
        String longName = "The Extraordinarily Long Open Hypervisor Initiative (open source)";
        narrow.group(longName);
        narrow.bar(narrow.lane("SUSE", "p", false), p("2011-05"), null, true, "suse", "p");
        LaneChart.Group group = narrow.build().groups.get(0);
        assertTrue(group.label().endsWith("…"), group.label());
        assertTrue(TextMetrics.width(group.label(), LaneChart.GROUP_FONT_SIZE, true) <= 360 * 0.35);
        assertEquals(longName, group.fullLabel(), "the whole name stays in the header's tooltip");
    }

    @Test
    void boldTextIsMeasuredWiderThanRegular() {
        assertTrue(TextMetrics.width("Hewlett-Packard", 12, true) > TextMetrics.width("Hewlett-Packard", 12, false));
        String fitted = TextMetrics.fit("Hewlett-Packard", TextMetrics.width("Hewlett-Packard", 12, false), 12, true);
        assertTrue(fitted.endsWith("…"), "a bold label cut to the room a regular one would need: " + fitted);
    }

    @Test
    void aWindowClipsBarsAndDropsLanesOutsideIt() {
        LaneChart.Builder b = builder(960).window(p("2012"), p("2013"));
        b.bar(b.lane("Early", "p", false), p("2001"), p("2005"), false, "early", "p");
        b.bar(b.lane("Spanning", "p", false), p("2010"), null, true, "spanning", "p");
        LaneChart chart = b.build();
        assertEquals(List.of("Spanning"), chart.lanes.stream().map(LaneChart.Lane::fullLabel).toList());
        LaneChart.Bar bar = chart.bars.get(0);
        assertEquals(chart.plotLeft, bar.segments().get(0).x(), 1e-9);
        assertEquals(chart.plotRight, bar.endX(), 1e-9);
        assertEquals(LocalDate.parse("2012-01-01"), chart.scale.start());
    }

    @Test
    void marksKeepTheirLabelsApart() {
        LaneChart.Builder b = builder(480);
        b.bar(b.lane("Org", "p", false), p("2000"), null, true, "o", "p");
        for (int i = 0; i < 8; i++) {
            b.mark(p("2010-0" + (1 + i)), "Acquired company number " + i, "t");
        }
        LaneChart chart = b.build();
        List<LaneChart.Mark> shown = chart.marks.stream().filter(LaneChart.Mark::labelShown).toList();
        for (int i = 0; i < shown.size(); i++) {
            for (int j = i + 1; j < shown.size(); j++) {
                LaneChart.Mark m = shown.get(i);
                LaneChart.Mark n = shown.get(j);
                boolean sameRow = Math.abs(m.labelY() - n.labelY()) < 1;
                double half = (TextMetrics.width(m.label(), 12) + TextMetrics.width(n.label(), 12)) / 2;
                assertTrue(!sameRow || Math.abs(m.labelX() - n.labelX()) >= half, "mark labels overlap");
            }
        }
        assertTrue(shown.size() < 8, "crowded labels are hidden, their marks keep a tooltip");
        assertEquals(8, chart.marks.size());
    }

    /** Five hundred members: one lane each, labels fitted to the gutter, none overlapping, at 320 px and 1280 px. */
    @Test
    void fiveHundredLanesAtNarrowAndWideWidths() {
        for (double width : new double[] {320, 1280}) {
            LaneChart.Builder b = builder(width);
            for (int i = 0; i < 500; i++) {
                int lane = b.lane("Organization with a rather long name number " + i, "tier-" + i % 3, i < 10);
                b.bar(lane, PartialDate.ofMonth(2000 + i % 25, 1 + i % 12), i % 5 == 0 ? p("2024") : null,
                        i % 5 != 0, "t", "tier-" + i % 3);
            }
            b.legend("Governing", "tier-0").legend("General", "tier-1").legend("Associate", "tier-2");
            LaneChart chart = b.build();
            assertEquals(500, chart.lanes.size());
            assertEquals(500, chart.bars.size());
            double gutter = chart.plotLeft - LaneChart.PADDING - 8;
            for (int i = 0; i < chart.lanes.size(); i++) {
                LaneChart.Lane lane = chart.lanes.get(i);
                assertTrue(TextMetrics.width(lane.label(), LaneChart.FONT_SIZE) <= gutter + 1e-6, lane.label());
                if (i > 0) {
                    assertTrue(lane.y() - chart.lanes.get(i - 1).y() >= LaneChart.FONT_SIZE + 4);
                }
            }
            chart.bars.forEach(bar -> assertTrue(bar.endX() <= chart.plotRight + 1e-6));
            chart.legend.forEach(item -> assertTrue(item.textX() + TextMetrics.width(item.label(), 12) <= width));
            assertTrue(chart.height > 500 * LaneChart.LANE_HEIGHT);
        }
    }
}
