package org.alliancetracker.common;

/** Rules for the text people and bots send: no control characters (NUL above all, which PostgreSQL refuses). */
public final class Texts {

    public static final String CONTROL_CHARACTERS = "Remove the control characters (such as NUL) from this text.";

    /**
     * A one-line value (a name, a title): no line breaks or tabs either. Such a value is typed into a one-line field
     * and found by what is typed, so a line break would make it unfindable (a lookups field reads each line apart).
     */
    public static final String ONE_LINE = "\\P{Cntrl}*";

    public static final String ONE_LINE_MESSAGE = "Use one line, without line breaks or tabs.";

    private Texts() {
    }

    /** Whether the text holds any control character, tabs and line breaks included: for one-line values. */
    public static boolean hasControlCharacters(String text) {
        return text != null && text.chars().anyMatch(Character::isISOControl);
    }
}
