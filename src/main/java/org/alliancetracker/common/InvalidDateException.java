package org.alliancetracker.common;

/** A date text that is not a year, a year-month or a full day, or names a day that does not exist. */
public class InvalidDateException extends IllegalArgumentException {

    public static final String ACCEPTED_FORMATS =
            "Use a year (2011), a year and month (2011-05) or a full date (2011-05-17).";

    private final String input;

    public InvalidDateException(String input, String reason) {
        super(reason + " " + ACCEPTED_FORMATS);
        this.input = input;
    }

    public String input() {
        return input;
    }
}
