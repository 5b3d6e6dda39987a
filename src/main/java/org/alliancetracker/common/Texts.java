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

    /**
     * The text's first characters (a character beyond the basic plane counts as one and is never cut in half), with
     * an ellipsis where more were left off; for echoing a value someone sent in a message. Null gives "".
     */
    public static String abbreviate(String text, int length) {
        if (text == null) {
            return "";
        }
        if (text.codePointCount(0, text.length()) <= length) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, length)) + "…";
    }

    /** Whether the text holds any control character, tabs and line breaks included: for one-line values. */
    public static boolean hasControlCharacters(String text) {
        return text != null && text.chars().anyMatch(Character::isISOControl);
    }
}
