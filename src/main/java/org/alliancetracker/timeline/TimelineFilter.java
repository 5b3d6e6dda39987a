package org.alliancetracker.timeline;

import org.alliancetracker.common.PartialDate;
import org.alliancetracker.web.InvalidParameterException;
import org.alliancetracker.web.Parameters;

/**
 * The query parameters shared by a chart's page, its SVG and its embed view: a date window, a tier, and the width
 * to draw at.
 */
public record TimelineFilter(PartialDate from, PartialDate to, String tier, int width) {

    public static final int DEFAULT_WIDTH = 960;
    public static final int MIN_WIDTH = 320;
    public static final int MAX_WIDTH = 2400;

    public static TimelineFilter parse(String from, String to, String tier, String width) {
        PartialDate fromDate = Parameters.optionalDate("from", from);
        PartialDate toDate = Parameters.optionalDate("to", to);
        if (fromDate != null && toDate != null && toDate.latest().isBefore(fromDate.earliest())) {
            throw new InvalidParameterException("to", "The parameter 'to' (" + toDate.iso()
                    + ") must not be before 'from' (" + fromDate.iso() + ").",
                    toDate.iso() + " comes before the From date, " + fromDate.iso() + ".");
        }
        String tierName = tier == null || tier.isBlank() ? null : tier.strip();
        if (tierName != null && tierName.length() > 80) {
            throw new InvalidParameterException("tier",
                    "The parameter 'tier' is too long: tier names have at most 80 characters.",
                    "'tier' is too long: tier names have at most 80 characters.");
        }
        return new TimelineFilter(fromDate, toDate, tierName, parseWidth(width));
    }

    private static int parseWidth(String width) {
        if (width == null || width.isBlank()) {
            return DEFAULT_WIDTH;
        }
        if (!width.strip().matches("[0-9]{1,5}")) {
            throw new InvalidParameterException("width", "The parameter 'width' must be a whole number of pixels from "
                    + MIN_WIDTH + " to " + MAX_WIDTH + ".");
        }
        int value = Integer.parseInt(width.strip());
        if (value < MIN_WIDTH || value > MAX_WIDTH) {
            throw new InvalidParameterException("width", "The parameter 'width' must be a whole number of pixels from "
                    + MIN_WIDTH + " to " + MAX_WIDTH + ".");
        }
        return value;
    }

    /**
     * Whether a fact from {@code start} (null: not given, so from before any window) to {@code end} (null: still
     * so) holds at some time in the window: it may have begun by the window's last day and not ended before its
     * first.
     */
    public boolean overlaps(PartialDate start, PartialDate end) {
        return (to == null || start == null || !start.earliest().isAfter(to.latest()))
                && (from == null || end == null || !end.latest().isBefore(from.earliest()));
    }

    /** The same window and tier, drawn at another width. */
    public TimelineFilter withWidth(int otherWidth) {
        return new TimelineFilter(from, to, tier, otherWidth);
    }

    /** The same filter as a query string, for links to the SVG, the embed view and the page ("" when empty). */
    public String query() {
        return Parameters.query("from", from == null ? null : from.iso(), "to", to == null ? null : to.iso(),
                "tier", tier, "width", width == DEFAULT_WIDTH ? null : String.valueOf(width));
    }
}
