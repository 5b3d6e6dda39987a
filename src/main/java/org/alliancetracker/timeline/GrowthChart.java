package org.alliancetracker.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongToDoubleFunction;
import java.util.stream.Stream;

import org.alliancetracker.common.PartialDate;

/**
 * The geometry of an alliance's growth: the number of named members over time as a step line (a member counts from
 * the last day of its joining period until the first day of its leaving period), reported counts as labelled points
 * whose whiskers span the period of their date, and the founding and dissolution as marked bands.
 */
public final class GrowthChart {

    public static final double FONT_SIZE = 12;
    static final double PADDING = 10;
    static final double Y_AXIS_WIDTH = 44;
    static final int LABEL_ROWS = 3;
    static final double LABEL_ROW_HEIGHT = 16;
    static final double X_AXIS_HEIGHT = 24;
    static final double MIN_Y_TICK_SPACING = 28;
    /** Room for half of the last tick label ("May 2011") beyond the plot. */
    static final double RIGHT_MARGIN = 32;

    /**
     * One member's span: counted from {@code counted} (null: a start no source gives, counted from the start of the
     * chart) to the day before {@code uncounted} (null: still counted).
     */
    public record Span(LocalDate counted, LocalDate uncounted) {

        /**
         * The spans of one member (a backer with several roles, say) joined where they overlap or touch, in order:
         * what counts that member once at any time.
         */
        public static List<Span> union(List<Span> spans) {
            List<Span> sorted = spans.stream().sorted(Comparator.comparing(Span::counted,
                    Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
            List<Span> joined = new ArrayList<>();
            for (Span span : sorted) {
                Span last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
                if (last != null && (last.uncounted() == null || span.counted() == null
                        || !span.counted().isAfter(last.uncounted()))) {
                    LocalDate end = last.uncounted() == null || span.uncounted() == null ? null
                            : span.uncounted().isAfter(last.uncounted()) ? span.uncounted() : last.uncounted();
                    joined.set(joined.size() - 1, new Span(last.counted(), end));
                } else {
                    joined.add(span);
                }
            }
            return joined;
        }

        /** The most spans counted at once over the whole history, whatever window a chart shows. */
        public static long mostAtOnce(List<Span> spans) {
            TreeMap<LocalDate, Long> changes = new TreeMap<>();
            for (Span s : spans) {
                changes.merge(s.counted() == null ? LocalDate.MIN : s.counted(), 1L, Long::sum);
                if (s.uncounted() != null) {
                    changes.merge(s.uncounted(), -1L, Long::sum);
                }
            }
            long running = 0;
            long most = 0;
            for (long change : changes.values()) {
                running += change;
                most = Math.max(most, running);
            }
            return most;
        }
    }

    /** A reported count: where it is claimed ({@code asOf}), the figure, its label and its tooltip. */
    public record ReportedInput(PartialDate asOf, long count, String label, String title) {
    }

    public record Point(double cx, double cy, double whiskerLeft, double whiskerRight, String label, double labelX,
            double labelY, boolean labelShown, String title) {
    }

    /** A dated event drawn as a band over its period: the founding, the dissolution. */
    public record BandInput(PartialDate date, String label, String title) {
    }

    public record Band(double x, double width, double labelX, double labelY, String label, String title) {
    }

    public final String title;
    public final String description;
    /** The step line's tooltip: what it counts. */
    public final String lineTitle;
    public final double width;
    public final double height;
    /** The time the chart shows. */
    public final TimeScale scale;
    public final double plotLeft;
    public final double plotRight;
    public final double plotTop;
    public final double plotBottom;
    public final List<Tick> xTicks;
    public final List<Tick> yTicks;
    public final String stepPath;
    public final List<Point> points;
    public final List<Band> bands;
    public final long peak;

    public double plotHeight() {
        return plotBottom - plotTop;
    }

    /** Where the x-axis labels sit. */
    public double xLabelY() {
        return plotBottom + FONT_SIZE + 6;
    }

    public double yLabelX() {
        return plotLeft - 6;
    }

    private GrowthChart(String title, String description, String lineTitle, double width, double height,
            TimeScale scale, double plotTop, double plotBottom, List<Tick> yTicks, String stepPath, List<Point> points,
            List<Band> bands, long peak) {
        this.title = title;
        this.description = description;
        this.lineTitle = lineTitle;
        this.width = width;
        this.height = height;
        this.scale = scale;
        this.plotLeft = scale.left();
        this.plotRight = scale.right();
        this.plotTop = plotTop;
        this.plotBottom = plotBottom;
        this.xTicks = TimeTicks.choose(scale, FONT_SIZE);
        this.yTicks = yTicks;
        this.stepPath = stepPath;
        this.points = points;
        this.bands = bands;
        this.peak = peak;
    }

    /**
     * @param lineTitle what the step line counts, its tooltip
     * @param founded   the founding date: the history starts there at the latest (may be null)
     * @param dissolved the dissolution date, drawn as a band (may be null); the line ends there
     * @param bandInputs the founding, dissolution or other dated events to draw as bands, each on its own row
     * @param from      the first period of the window, or null for the whole history
     * @param to        the last period of the window, or null up to today or the dissolution
     */
    public static GrowthChart build(String title, String description, String lineTitle, double width, double height,
            List<Span> spans, List<ReportedInput> reported, PartialDate founded, PartialDate dissolved,
            List<BandInput> bandInputs, PartialDate from, PartialDate to, LocalDate today) {
        LocalDate first = from != null ? from.earliest() : Stream.concat(
                Stream.of(founded == null ? null : founded.earliest()),
                Stream.concat(spans.stream().map(Span::counted), reported.stream().map(r -> r.asOf().earliest())))
                .filter(d -> d != null).min(LocalDate::compareTo).orElse(today);
        LocalDate last = to != null ? to.latest().plusDays(1) : dissolved != null
                ? dissolved.latest().plusDays(1)
                : Stream.concat(Stream.of(today), reported.stream().map(r -> r.asOf().latest()))
                        .max(LocalDate::compareTo).orElse(today);
        if (!last.isAfter(first)) {
            last = first.plusDays(1);
        }
        // The rows of labels above the plot hold the reports' and the bands' labels: without any, no empty band.
        double top = reported.isEmpty() && bandInputs.isEmpty() ? PADDING + FONT_SIZE / 2
                : PADDING + LABEL_ROWS * LABEL_ROW_HEIGHT;
        double bottom = height - PADDING - X_AXIS_HEIGHT;
        TimeScale scale = (from != null || to != null)
                ? new TimeScale(first, last, PADDING + Y_AXIS_WIDTH, width - PADDING - RIGHT_MARGIN)
                : TimeScale.covering(first, last, PADDING + Y_AXIS_WIDTH, width - PADDING - RIGHT_MARGIN);

        // The named-member count after each day on which it changes, from the start of the scale.
        TreeMap<LocalDate, Long> changes = new TreeMap<>();
        long atStart = 0;
        for (Span span : spans) {
            boolean countedBeforeStart = span.counted() == null || !span.counted().isAfter(scale.start());
            boolean uncountedBeforeStart = span.uncounted() != null && !span.uncounted().isAfter(scale.start());
            if (countedBeforeStart && !uncountedBeforeStart) {
                atStart++;
            }
            if (!countedBeforeStart) {
                changes.merge(span.counted(), 1L, Long::sum);
            }
            if (span.uncounted() != null && !uncountedBeforeStart) {
                changes.merge(span.uncounted(), -1L, Long::sum);
            }
        }
        List<LocalDate> days = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        long running = atStart;
        long peak = atStart;
        for (Map.Entry<LocalDate, Long> change : changes.entrySet()) {
            if (change.getKey().isAfter(scale.end())) {
                break;
            }
            running += change.getValue();
            days.add(change.getKey());
            counts.add(running);
            peak = Math.max(peak, running);
        }
        List<ReportedInput> shownReports = reported.stream()
                .filter(r -> !r.asOf().latest().isBefore(scale.start()) && !r.asOf().earliest().isAfter(scale.end()))
                .toList();
        long max = Math.max(peak, shownReports.stream().mapToLong(ReportedInput::count).max().orElse(0));
        long step = ValueTicks.step(max, bottom - top, MIN_Y_TICK_SPACING);
        long yTop = ValueTicks.top(max, step);
        LongToDoubleFunction y = v -> bottom - (bottom - top) * v / (double) yTop;

        List<Tick> yTicks = ValueTicks.values(yTop, step).stream()
                .map(v -> new Tick(y.applyAsDouble(v), String.format(Locale.ENGLISH, "%,d", v)))
                .toList();

        StringBuilder path = new StringBuilder()
                .append("M").append(fmt(scale.left())).append(",").append(fmt(y.applyAsDouble(atStart)));
        for (int i = 0; i < days.size(); i++) {
            path.append(" H").append(fmt(scale.x(days.get(i))))
                    .append(" V").append(fmt(y.applyAsDouble(counts.get(i))));
        }
        LocalDate lineEnd = last.isAfter(today) && dissolved == null && to == null ? today : scale.end();
        path.append(" H").append(fmt(scale.clampedX(lineEnd.isAfter(scale.end()) ? scale.end() : lineEnd)));

        double[] anchors = new double[shownReports.size()];
        double[] widths = new double[shownReports.size()];
        for (int i = 0; i < shownReports.size(); i++) {
            anchors[i] = scale.clampedX(LaneChart.middle(shownReports.get(i).asOf()));
            widths[i] = TextMetrics.width(shownReports.get(i).label(), FONT_SIZE);
        }
        // Labels stay right of the plot's left edge: the lowest row would meet the top tick of the count axis.
        List<LabelPlacer.Placement> placements = LabelPlacer.place(anchors, widths, LABEL_ROWS, FONT_SIZE / 2,
                scale.left(), width - PADDING);
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < shownReports.size(); i++) {
            ReportedInput r = shownReports.get(i);
            LabelPlacer.Placement p = placements.get(i);
            double labelY = PADDING + FONT_SIZE + (LABEL_ROWS - 1 - Math.max(0, p.row())) * LABEL_ROW_HEIGHT;
            points.add(new Point(anchors[i], y.applyAsDouble(r.count()), scale.clampedX(r.asOf().earliest()),
                    scale.clampedX(r.asOf().latest().plusDays(1)), r.label(), p.centre(), labelY, p.shown(),
                    r.title()));
        }

        List<Band> bands = new ArrayList<>();
        for (int i = 0; i < bandInputs.size(); i++) {
            band(bands, scale, bandInputs.get(i), top + FONT_SIZE + i * LABEL_ROW_HEIGHT);
        }
        return new GrowthChart(title, description, lineTitle, width, height, scale, top, bottom, yTicks,
                path.toString(), points, bands, peak);
    }

    private static void band(List<Band> bands, TimeScale scale, BandInput input, double labelY) {
        PartialDate date = input.date();
        if (date.latest().isBefore(scale.start()) || date.earliest().isAfter(scale.end())) {
            return;
        }
        double x = scale.clampedX(date.earliest());
        double w = Math.max(2, scale.clampedX(date.latest().plusDays(1)) - x);
        double labelWidth = TextMetrics.width(input.label(), FONT_SIZE);
        double labelX = Math.max(scale.left(), Math.min(x + 4, scale.right() - labelWidth));
        bands.add(new Band(x, w, labelX, labelY, input.label(), input.title()));
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
