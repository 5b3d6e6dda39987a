package org.alliancetracker.timeline;

import java.time.LocalDate;

/** Maps days to horizontal positions: {@code start} at {@code left}, {@code end} at {@code right}. */
public record TimeScale(LocalDate start, LocalDate end, double left, double right) {

    public TimeScale {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("The end of a time scale must be after its start.");
        }
        if (right <= left) {
            throw new IllegalArgumentException("A time scale needs a positive width.");
        }
    }

    /**
     * A scale that covers the days from first to last, widened to whole years (to whole months when the span is
     * under two years) so that the axis starts and ends on a tick.
     */
    public static TimeScale covering(LocalDate first, LocalDate last, double left, double right) {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("The last day comes before the first.");
        }
        LocalDate start;
        LocalDate end;
        if (first.plusYears(2).isAfter(last)) {
            start = first.withDayOfMonth(1);
            end = last.withDayOfMonth(1).plusMonths(1);
        } else {
            start = first.withDayOfYear(1);
            end = last.withDayOfYear(1).plusYears(1);
        }
        return new TimeScale(start, end, left, right);
    }

    public double x(LocalDate day) {
        double span = end.toEpochDay() - start.toEpochDay();
        return left + (right - left) * (day.toEpochDay() - start.toEpochDay()) / span;
    }

    /** The position of the day, held within the scale. */
    public double clampedX(LocalDate day) {
        return Math.max(left, Math.min(right, x(day)));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    public double width() {
        return right - left;
    }

    /** The year of the first day shown. */
    public int firstYear() {
        return start.getYear();
    }

    /** The year of the last day shown: the end is exclusive, so a scale ending on 1 January ends the year before. */
    public int lastYear() {
        return end.minusDays(1).getYear();
    }
}
