package org.alliancetracker.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

import org.alliancetracker.alliance.ReportedCount;
import org.alliancetracker.common.DatePrecision;
import org.alliancetracker.common.PartialDate;
import org.alliancetracker.source.Source;

/** How values read on the pages. */
@TemplateExtension
public class Formats {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_AND_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm 'UTC'", Locale.ENGLISH);

    private Formats() {
    }

    /** A date at its own precision only: "2011", "May 2011", "17 May 2011". */
    public static String display(PartialDate date) {
        return switch (date.precision()) {
            case YEAR -> String.valueOf(date.earliest().getYear());
            case MONTH -> MONTH.format(date.earliest());
            case DAY -> DAY.format(date.earliest());
        };
    }

    /**
     * A day's date without its year ("4 September"), which a narrow column keeps on one line before the year; null
     * for a date known to the month or year only, which reads as one piece.
     */
    public static String dayAndMonth(PartialDate date) {
        return date.precision() == DatePrecision.DAY ? DAY_AND_MONTH.format(date.earliest()) : null;
    }

    /** "year", "month" or "day": how far the date is known. */
    public static String precisionWord(PartialDate date) {
        return date.precision().name().toLowerCase(Locale.ROOT);
    }

    /** A moment as people read it, in UTC: "25 November 2026, 09:41 UTC". */
    public static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant.atZone(ZoneOffset.UTC));
    }

    /** "200 members", "at least 100 members", "10 founding members". */
    public static String phrase(ReportedCount count) {
        return count.qualifier.prefix + String.format(Locale.ENGLISH, "%,d", count.count) + " " + count.subject.noun;
    }

    /** The noun for a count: {@code {n} {n.noun('backer', 'backers')}} reads "1 backer", "0 backers", "7 backers". */
    public static String noun(Number count, String one, String many) {
        return count.longValue() == 1 ? one : many;
    }

    /** The words with their first letter in capitals, to start a label: "Backer change". */
    public static String capitalized(String words) {
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ENGLISH) + words.substring(1);
    }

    /** The text as a value in an address's query: {@code href="/history?by={by.inQuery}"}. */
    public static String inQuery(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The items as a sentence lists them: "a", "a and b", "a, b and c" (with the conjunction "and"). */
    public static String series(List<String> items, String conjunction) {
        if (items.size() < 2) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " "
                + items.get(items.size() - 1);
    }

    /** A short citation: "ZDNet, May 2011", or the title where there is no publisher. */
    public static String citation(Source source) {
        String who = source.publisher == null || source.publisher.isBlank() ? source.title : source.publisher;
        return source.published == null ? who : who + ", " + display(source.published);
    }
}
