package org.alliancetracker.timeline;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.alliancetracker.common.PartialDate;

/**
 * The geometry of a chart of horizontal lanes over time: one bar or more per lane, optional group headers, arrows
 * from one lane to another (a backer change), and marks for single events (an acquisition) in a row above the axis.
 * Swimlanes of an alliance, an organization's lanes and the comparison of projects are all lane charts.
 */
public final class LaneChart {

    public static final double FONT_SIZE = 12;
    /** Group headers are bold and a size larger (see the chart's style). */
    public static final double GROUP_FONT_SIZE = 13;
    static final double LANE_HEIGHT = 22;
    static final double BAR_HEIGHT = 14;
    static final double GROUP_HEIGHT = 28;
    static final double MARK_ROW_HEIGHT = 16;
    static final int MARK_ROWS = 2;
    static final double AXIS_HEIGHT = 24;
    static final double PADDING = 10;
    static final double LEGEND_ROW_HEIGHT = 20;
    static final double OPEN_END = 8;
    static final double FADE_IN_WIDTH = 36;
    /**
     * How far the axis reaches back before a bar whose start no source gives, so that the bar shows fading in, not
     * as a sliver at the axis's start (IBM's Xen backing, on a chart otherwise starting when it ended).
     */
    static final Period UNKNOWN_START_REACH = Period.ofYears(2);
    /** The legend's swatch for a start no source gives: an item with it shows only where a bar in view fades in. */
    static final String UNKNOWN_START_SWATCH = "fade-in-swatch";
    /** The legend's swatch for a date known to the month or year: shown only where a bar in view has a faded piece. */
    static final String PARTIAL_DATE_SWATCH = "faded-swatch";
    /** Room for the open-end tip and half of the last tick label beyond the plot. */
    static final double RIGHT_MARGIN = 32;

    public record Lane(int index, double y, String label, String fullLabel, String cssClass, boolean emphasised) {
        public double centre() {
            return y + LANE_HEIGHT / 2;
        }

        public double labelY() {
            return y + LANE_HEIGHT / 2 + FONT_SIZE * 0.35;
        }
    }

    public record Group(double y, String label, String fullLabel) {
        public double labelY() {
            return y + GROUP_HEIGHT - 8;
        }
    }

    /** A bar's segments sit between {@code y} and {@code y + height}; {@code openEnd} draws a "still going" tip. */
    public record Bar(int lane, double y, double height, List<Segment> segments, boolean openEnd, String title,
            String cssClass) {
        public double endX() {
            Segment last = segments.get(segments.size() - 1);
            return last.x() + last.width();
        }

        /** Hatched as well as coloured (see the chart's legend). */
        public boolean patterned() {
            return cssClass.contains("patterned");
        }

        /** The points of the "still going" tip, as an SVG polygon. */
        public String openEndPoints() {
            double x = endX();
            return SvgNumbers.points(x, y, x + OPEN_END, y + height / 2, x, y + height);
        }
    }

    public record Arrow(double x, double y1, double y2, String title) {
        /** The line stops short of the target lane's bar so the arrowhead sits on its edge. */
        public double tipY() {
            return y2 > y1 ? y2 - BAR_HEIGHT / 2 - 1 : y2 + BAR_HEIGHT / 2 + 1;
        }

        public double startY() {
            return y2 > y1 ? y1 + BAR_HEIGHT / 2 : y1 - BAR_HEIGHT / 2;
        }
    }

    public record Mark(double x, double y, String label, double labelX, double labelY, boolean labelShown,
            String title) {
        /** The diamond of the mark, as an SVG polygon. */
        public String points() {
            double r = 5;
            return SvgNumbers.points(x, y - r, x + r, y, x, y + r, x - r, y);
        }
    }

    public record LegendItem(double x, double y, String label, String cssClass) {
        public boolean patterned() {
            return cssClass.contains("patterned");
        }

        /** The swatch that fades in as a bar does whose start no source gives. */
        public boolean fadeIn() {
            return cssClass.equals(UNKNOWN_START_SWATCH);
        }

        public double textX() {
            return x + 18;
        }

        public double textY() {
            return y + 11;
        }
    }

    public final String title;
    public final String description;
    public final double width;
    public final double height;
    public final double plotLeft;
    public final double plotRight;
    public final double axisY;
    public final double lanesTop;
    public final double lanesBottom;
    public final List<Tick> ticks;
    public final List<Group> groups;
    public final List<Lane> lanes;
    public final List<Bar> bars;
    public final List<Arrow> arrows;
    public final List<Mark> marks;
    public final List<LegendItem> legend;
    public final TimeScale scale;

    /** Where the axis labels sit, above the axis line. */
    public double axisLabelY() {
        return axisY - 8;
    }

    public double laneLabelX() {
        return plotLeft - 8;
    }

    private LaneChart(Builder b, TimeScale scale, double plotLeft, List<Group> groups, List<Lane> lanes,
            List<Bar> bars, List<Arrow> arrows, List<Mark> marks, List<LegendItem> legend, double axisY,
            double lanesTop, double lanesBottom, double height) {
        this.title = b.title;
        this.description = b.description;
        this.width = b.width;
        this.scale = scale;
        this.plotLeft = plotLeft;
        this.plotRight = scale.right();
        this.ticks = TimeTicks.choose(scale, FONT_SIZE);
        this.groups = groups;
        this.lanes = lanes;
        this.bars = bars;
        this.arrows = arrows;
        this.marks = marks;
        this.legend = legend;
        this.axisY = axisY;
        this.lanesTop = lanesTop;
        this.lanesBottom = lanesBottom;
        this.height = height;
    }

    public static Builder builder(String title, String description, double width, LocalDate today) {
        return new Builder(title, description, width, today);
    }

    /** Collects lanes, bars, arrows and marks in the order they are to be drawn, then lays them out. */
    public static final class Builder {
        private final String title;
        private final String description;
        private final double width;
        private final LocalDate today;
        private PartialDate from;
        private PartialDate to;
        private final List<LaneInput> lanes = new ArrayList<>();
        private final List<String> groupLabels = new ArrayList<>();
        private final List<BarInput> bars = new ArrayList<>();
        private final List<ArrowInput> arrows = new ArrayList<>();
        private final List<MarkInput> marks = new ArrayList<>();
        private final List<String[]> legend = new ArrayList<>();

        private record LaneInput(String label, String cssClass, boolean emphasised, int group) {
        }

        private record BarInput(int lane, PartialDate start, PartialDate end, boolean ongoing, String title,
                String cssClass) {
        }

        private record ArrowInput(int fromLane, int toLane, PartialDate date, String title) {
        }

        private record MarkInput(PartialDate date, String label, String title) {
        }

        private Builder(String title, String description, double width, LocalDate today) {
            this.title = title;
            this.description = description;
            this.width = width;
            this.today = today;
        }

        /** Shows only the window from the first day of {@code from} to the last day of {@code to} (either null). */
        public Builder window(PartialDate from, PartialDate to) {
            this.from = from;
            this.to = to;
            return this;
        }

        /** Starts a group: the lanes added after it are drawn under its header. */
        public Builder group(String label) {
            groupLabels.add(label);
            return this;
        }

        /** Adds a lane and answers its index, for bars and arrows. */
        public int lane(String label, String cssClass, boolean emphasised) {
            lanes.add(new LaneInput(label, cssClass, emphasised, groupLabels.size() - 1));
            return lanes.size() - 1;
        }

        /**
         * A bar from {@code start} (null: not given) to {@code end}; with no end, an ongoing bar runs to today
         * and a bar that is not ongoing runs to today as well, since no end is known.
         */
        public Builder bar(int lane, PartialDate start, PartialDate end, boolean ongoing, String title,
                String cssClass) {
            bars.add(new BarInput(lane, start, end, ongoing, title, cssClass));
            return this;
        }

        public Builder arrow(int fromLane, int toLane, PartialDate date, String title) {
            arrows.add(new ArrowInput(fromLane, toLane, date, title));
            return this;
        }

        public Builder mark(PartialDate date, String label, String title) {
            marks.add(new MarkInput(date, label, title));
            return this;
        }

        public Builder legend(String label, String cssClass) {
            legend.add(new String[] {label, cssClass});
            return this;
        }

        /** A legend item with the faded swatch, shown only when a bar in view has a date known to the month or year. */
        public Builder legendForPartialDates(String label) {
            return legend(label, PARTIAL_DATE_SWATCH);
        }

        /** A legend item with the swatch that fades in, shown only when a bar in view has a start no source gives. */
        public Builder legendForUnknownStarts(String label) {
            return legend(label, UNKNOWN_START_SWATCH);
        }

        public LaneChart build() {
            TimeScaleBounds bounds = bounds();
            double gutter = gutterWidth();
            TimeScale scale = bounds.scale(PADDING + gutter + 8, width - PADDING - RIGHT_MARGIN);

            // Keep only bars that show in the window, and the lanes and groups that keep a bar.
            List<BarInput> visibleBars = bars.stream().filter(b -> overlaps(b, scale)).toList();
            boolean[] laneKept = new boolean[lanes.size()];
            visibleBars.forEach(b -> laneKept[b.lane()] = true);
            if (visibleBars.isEmpty() && bars.isEmpty()) {
                for (int i = 0; i < lanes.size(); i++) {
                    laneKept[i] = true;
                }
            }

            double y = PADDING;
            double markTop = y;
            if (!marks.isEmpty()) {
                y += MARK_ROWS * MARK_ROW_HEIGHT + 8;
            }
            double markLine = y - 6;
            y += AXIS_HEIGHT;
            double axisY = y;
            double lanesTop = y;

            List<Group> groups = new ArrayList<>();
            List<Lane> laidLanes = new ArrayList<>();
            double[] laneY = new double[lanes.size()];
            int lastGroup = -1;
            for (int i = 0; i < lanes.size(); i++) {
                if (!laneKept[i]) {
                    continue;
                }
                LaneInput lane = lanes.get(i);
                if (lane.group() != lastGroup && lane.group() >= 0) {
                    String groupLabel = groupLabels.get(lane.group());
                    groups.add(new Group(y, TextMetrics.fit(groupLabel, gutter, GROUP_FONT_SIZE, true), groupLabel));
                    y += GROUP_HEIGHT;
                    lastGroup = lane.group();
                }
                laneY[i] = y;
                laidLanes.add(new Lane(i, y, TextMetrics.fit(lane.label(), gutter, FONT_SIZE, lane.emphasised()),
                        lane.label(), lane.cssClass(), lane.emphasised()));
                y += LANE_HEIGHT;
            }
            double lanesBottom = y;

            List<Bar> laidBars = new ArrayList<>();
            for (BarInput b : visibleBars) {
                double barY = laneY[b.lane()] + (LANE_HEIGHT - BAR_HEIGHT) / 2;
                List<Segment> segments = segments(b, scale);
                if (!segments.isEmpty()) {
                    boolean open = b.end() == null && scale.x(today) <= scale.right();
                    laidBars.add(new Bar(b.lane(), barY, BAR_HEIGHT, segments, open, b.title(), b.cssClass()));
                }
            }

            List<Arrow> laidArrows = arrows.stream()
                    .filter(a -> laneKept[a.fromLane()] && laneKept[a.toLane()] && scale.contains(middle(a.date())))
                    .map(a -> new Arrow(scale.x(middle(a.date())), laneY[a.fromLane()] + LANE_HEIGHT / 2,
                            laneY[a.toLane()] + LANE_HEIGHT / 2, a.title()))
                    .toList();

            List<MarkInput> shownMarks = marks.stream().filter(m -> scale.contains(middle(m.date()))).toList();
            double[] anchors = shownMarks.stream().mapToDouble(m -> scale.x(middle(m.date()))).toArray();
            double[] widths = shownMarks.stream().mapToDouble(m -> TextMetrics.width(m.label(), FONT_SIZE)).toArray();
            List<LabelPlacer.Placement> placements = LabelPlacer.place(anchors, widths, MARK_ROWS, FONT_SIZE / 2,
                    PADDING, width - PADDING);
            List<Mark> laidMarks = new ArrayList<>();
            for (int i = 0; i < shownMarks.size(); i++) {
                MarkInput m = shownMarks.get(i);
                LabelPlacer.Placement p = placements.get(i);
                double labelY = markTop + FONT_SIZE + (MARK_ROWS - 1 - Math.max(p.row(), 0)) * MARK_ROW_HEIGHT;
                laidMarks.add(new Mark(anchors[i], markLine, m.label(), p.centre(), labelY, p.shown(), m.title()));
            }

            // The legend explains a faded edge only where a bar in view draws one.
            Set<Segment.Kind> drawn = laidBars.stream().flatMap(b -> b.segments().stream()).map(Segment::kind)
                    .collect(Collectors.toSet());
            List<String[]> shownLegend = legend.stream().filter(item -> switch (item[1]) {
                case UNKNOWN_START_SWATCH -> drawn.contains(Segment.Kind.FADE_IN);
                case PARTIAL_DATE_SWATCH -> drawn.contains(Segment.Kind.FADED);
                default -> true;
            }).toList();
            List<LegendItem> laidLegend = new ArrayList<>();
            double lx = PADDING;
            double ly = lanesBottom + 12;
            if (!shownLegend.isEmpty()) {
                for (String[] item : shownLegend) {
                    double itemWidth = 18 + TextMetrics.width(item[0], FONT_SIZE) + 16;
                    if (lx + itemWidth > width - PADDING && lx > PADDING) {
                        lx = PADDING;
                        ly += LEGEND_ROW_HEIGHT;
                    }
                    laidLegend.add(new LegendItem(lx, ly, item[0], item[1]));
                    lx += itemWidth;
                }
                ly += LEGEND_ROW_HEIGHT;
            }
            double height = (shownLegend.isEmpty() ? lanesBottom + 8 : ly) + PADDING;
            return new LaneChart(this, scale, scale.left(), groups, laidLanes, laidBars, laidArrows, laidMarks,
                    laidLegend, axisY, lanesTop, lanesBottom, height);
        }

        /** Room for the widest lane label and group header, up to a third of the chart's width or so. */
        private double gutterWidth() {
            double widest = Math.max(
                    lanes.stream().mapToDouble(l -> TextMetrics.width(l.label(), FONT_SIZE, l.emphasised())).max()
                            .orElse(0),
                    groupLabels.stream().mapToDouble(g -> TextMetrics.width(g, GROUP_FONT_SIZE, true)).max().orElse(0));
            return Math.max(60, Math.min(widest, width * 0.35));
        }

        private record TimeScaleBounds(LocalDate first, LocalDate last, boolean windowed) {
            TimeScale scale(double left, double right) {
                return windowed && last.isAfter(first)
                        ? new TimeScale(first, last, left, right)
                        : TimeScale.covering(first, last, left, right);
            }
        }

        /**
         * The window when one is set; otherwise every known date of the chart, today for ongoing bars, and a reach
         * back before bars whose start is not known.
         */
        private TimeScaleBounds bounds() {
            List<LocalDate> days = new ArrayList<>();
            for (BarInput b : bars) {
                Stream.of(b.start(), b.end()).filter(d -> d != null)
                        .forEach(d -> days.addAll(List.of(d.earliest(), d.latest())));
                if (b.end() == null) {
                    days.add(today);
                } else if (b.start() == null) {
                    days.add(b.end().earliest().minus(UNKNOWN_START_REACH));
                }
            }
            arrows.forEach(a -> days.add(middle(a.date())));
            marks.forEach(m -> days.add(middle(m.date())));
            if (days.isEmpty()) {
                days.add(today);
            }
            LocalDate first = from != null ? from.earliest() : days.stream().min(LocalDate::compareTo).orElseThrow();
            LocalDate last = to != null ? to.latest().plusDays(1)
                    : days.stream().max(LocalDate::compareTo).orElseThrow();
            if (!last.isAfter(first)) {
                last = first.plusDays(1);
            }
            return new TimeScaleBounds(first, last, from != null || to != null);
        }

        private boolean overlaps(BarInput b, TimeScale scale) {
            LocalDate start = b.start() == null ? LocalDate.MIN : b.start().earliest();
            LocalDate end = b.end() == null ? today : b.end().latest();
            return !start.isAfter(scale.end()) && !end.isBefore(scale.start());
        }

        private List<Segment> segments(BarInput b, TimeScale scale) {
            List<Segment> segments = new ArrayList<>();
            double solidFrom;
            if (b.start() == null) {
                double fadeEnd = Math.min(scale.left() + FADE_IN_WIDTH, endOf(b, scale));
                add(segments, scale.left(), fadeEnd, Segment.Kind.FADE_IN);
                solidFrom = fadeEnd;
            } else {
                add(segments, scale.clampedX(b.start().earliest()), scale.clampedX(b.start().latest()),
                        Segment.Kind.FADED);
                solidFrom = scale.clampedX(b.start().latest());
            }
            if (b.end() == null) {
                add(segments, solidFrom, scale.clampedX(today), Segment.Kind.SOLID);
            } else {
                double solidTo = Math.max(solidFrom, scale.clampedX(b.end().earliest()));
                add(segments, solidFrom, solidTo, Segment.Kind.SOLID);
                // An end known to the day is a point: the bar stops there, with no faded day after it.
                if (b.end().isPartial()) {
                    add(segments, solidTo, scale.clampedX(b.end().latest().plusDays(1)), Segment.Kind.FADED);
                }
            }
            return segments;
        }

        private double endOf(BarInput b, TimeScale scale) {
            return b.end() == null ? scale.clampedX(today) : scale.clampedX(b.end().earliest());
        }

        private static void add(List<Segment> segments, double from, double to, Segment.Kind kind) {
            if (to - from >= 0.5) {
                segments.add(new Segment(from, to - from, kind));
            }
        }
    }

    /** The middle day of a partial date's period: where an event known to the month or year is drawn. */
    static LocalDate middle(PartialDate date) {
        return date.earliest().plusDays((date.latest().toEpochDay() - date.earliest().toEpochDay()) / 2);
    }
}
