package org.alliancetracker.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chooses time-axis ticks that suit the range and the width: months for a year, years for a decade, decades for a
 * century, always the finest step whose labels do not overlap.
 */
public final class TimeTicks {

    /** Steps in months, finest first. */
    static final int[] STEPS = {1, 3, 6, 12, 24, 60, 120, 240, 600, 1200};

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);

    private TimeTicks() {
    }

    /**
     * The finest step whose labels, {@code fontSize} high, keep at least one and a half font sizes apart. Where that
     * leaves a single label, which cannot show the scale (a narrow chart of fifteen years), half a font size will do.
     */
    public static List<Tick> choose(TimeScale scale, double fontSize) {
        List<Tick> spaced = choose(scale, fontSize, fontSize * 1.5);
        return spaced.size() >= 2 ? spaced : choose(scale, fontSize, fontSize / 2);
    }

    private static List<Tick> choose(TimeScale scale, double fontSize, double gap) {
        for (int step : STEPS) {
            String widestLabel = step < 12 ? "May 2011" : "2011";
            if (spacing(scale, step) >= TextMetrics.width(widestLabel, fontSize) + gap) {
                return ticks(scale, step);
            }
        }
        return ticks(scale, STEPS[STEPS.length - 1]);
    }

    /** The distance between ticks a step apart. */
    static double spacing(TimeScale scale, int stepMonths) {
        double daysPerMonth = 365.2425 / 12;
        return scale.width() * stepMonths * daysPerMonth / (scale.end().toEpochDay() - scale.start().toEpochDay());
    }

    static List<Tick> ticks(TimeScale scale, int stepMonths) {
        LocalDate first = firstBoundary(scale.start(), stepMonths);
        List<Tick> ticks = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(scale.end()); d = d.plusMonths(stepMonths)) {
            String label = stepMonths < 12 ? MONTH.format(d) : String.valueOf(d.getYear());
            ticks.add(new Tick(scale.x(d), label));
        }
        return ticks;
    }

    /** The first day on or after {@code start} that begins a step: a month, quarter, year, decade... */
    private static LocalDate firstBoundary(LocalDate start, int stepMonths) {
        LocalDate d = start.withDayOfMonth(1);
        if (d.isBefore(start)) {
            d = d.plusMonths(1);
        }
        if (stepMonths < 12) {
            while ((d.getMonthValue() - 1) % stepMonths != 0) {
                d = d.plusMonths(1);
            }
            return d;
        }
        LocalDate year = d.getMonthValue() == 1 ? d : d.withDayOfYear(1).plusYears(1);
        int stepYears = stepMonths / 12;
        while (year.getYear() % stepYears != 0) {
            year = year.plusYears(1);
        }
        return year;
    }
}
