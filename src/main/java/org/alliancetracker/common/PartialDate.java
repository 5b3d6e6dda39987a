package org.alliancetracker.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A date known to a year, a month or a day (ISO 8601 reduced precision: {@code 2011}, {@code 2011-05},
 * {@code 2011-05-17}).
 *
 * <p>A partial date stands for every day of its period, from {@link #earliest()} to {@link #latest()} inclusive.
 * Both ends are stored so that the database can answer "on day D" questions with plain date comparisons.
 *
 * <p>The rule for "on day D" is that of certainty: a fact that started at a partial date is taken as
 * started from the <em>last</em> day of that period (it had certainly started by then), and a fact that ended at a
 * partial date is taken as ended from the <em>first</em> day of that period (it may have ended from then on).
 * So a membership that joined {@code 2011-05} counts from 2011-05-31 and not on 2011-05-30, and one that left
 * {@code 2012} no longer counts from 2012-01-01. Lists of facts are ordered the same way (see {@link #compareTo}).
 */
@Embeddable
public class PartialDate implements Comparable<PartialDate> {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final int MIN_YEAR = 1000;

    /**
     * By the day the date had certainly come (its last day), then by its first day: "2011-05" sorts before
     * "2011", as a membership known to have started in May had certainly started before one known only to 2011.
     */
    private static final Comparator<PartialDate> ORDER = Comparator
            .comparing(PartialDate::latest)
            .thenComparing(PartialDate::earliest);

    @Column(nullable = true)
    private LocalDate earliest;

    @Column(nullable = true)
    private LocalDate latest;

    @Enumerated(EnumType.STRING)
    @Column(length = 5)
    private DatePrecision precision;

    /** For JPA only. */
    protected PartialDate() {
    }

    private PartialDate(LocalDate earliest, LocalDate latest, DatePrecision precision) {
        this.earliest = earliest;
        this.latest = latest;
        this.precision = precision;
    }

    public static PartialDate ofYear(int year) {
        Year y = Year.of(year);
        return new PartialDate(y.atDay(1), y.atMonth(12).atEndOfMonth(), DatePrecision.YEAR);
    }

    public static PartialDate ofMonth(int year, int month) {
        YearMonth ym = YearMonth.of(year, month);
        return new PartialDate(ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH);
    }

    public static PartialDate ofDay(LocalDate day) {
        return new PartialDate(day, day, DatePrecision.DAY);
    }

    /**
     * Parses {@code 2011}, {@code 2011-05} or {@code 2011-05-17}.
     *
     * @throws InvalidDateException naming the accepted formats, for anything else, including impossible days
     *                              ({@code 2011-02-30}) and years before 1000
     */
    public static PartialDate parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidDateException(text, "A date is required.");
        }
        String trimmed = text.strip();
        Matcher m = ISO.matcher(trimmed);
        if (!m.matches()) {
            throw new InvalidDateException(text, "'" + Texts.abbreviate(trimmed, 20) + "' is not a date.");
        }
        int year = Integer.parseInt(m.group(1));
        if (year < MIN_YEAR) {
            throw new InvalidDateException(text, "The year " + m.group(1) + " is out of range.");
        }
        try {
            if (m.group(2) == null) {
                return ofYear(year);
            }
            int month = Integer.parseInt(m.group(2));
            if (m.group(3) == null) {
                return ofMonth(year, month);
            }
            return ofDay(LocalDate.of(year, month, Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            throw new InvalidDateException(text, "'" + trimmed + "' does not exist in the calendar.");
        }
    }

    /** Parses an optional date: blank gives null. */
    public static PartialDate parseOptional(String text) {
        return text == null || text.isBlank() ? null : parse(text);
    }

    public LocalDate earliest() {
        return earliest;
    }

    public LocalDate latest() {
        return latest;
    }

    public DatePrecision precision() {
        return precision;
    }

    /** The ISO 8601 text at this date's precision: {@code 2011}, {@code 2011-05} or {@code 2011-05-17}. */
    public String iso() {
        return switch (precision) {
            case YEAR -> String.format("%04d", earliest.getYear());
            case MONTH -> String.format("%04d-%02d", earliest.getYear(), earliest.getMonthValue());
            case DAY -> earliest.toString();
        };
    }

    /** True when every day of this period is before every day of the other one. */
    public boolean isCertainlyBefore(PartialDate other) {
        return latest.isBefore(other.earliest);
    }

    /** True when the fact that started at this date had certainly started by {@code day}. */
    public boolean hasCertainlyStartedBy(LocalDate day) {
        return !latest.isAfter(day);
    }

    /** True when the fact that ended at this date may have ended by {@code day}. */
    public boolean mayHaveEndedBy(LocalDate day) {
        return !earliest.isAfter(day);
    }

    /** True when the period is more than one day, i.e. the exact day is not known. */
    public boolean isPartial() {
        return precision != DatePrecision.DAY;
    }

    /** Orders by the last day of the period, then the first: "2011-01-01", "2011-01", "2011-05", "2011". */
    @Override
    public int compareTo(PartialDate other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartialDate other
                && Objects.equals(earliest, other.earliest)
                && precision == other.precision;
    }

    @Override
    public int hashCode() {
        return Objects.hash(earliest, precision);
    }

    @Override
    public String toString() {
        return iso();
    }
}
