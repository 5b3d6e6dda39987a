package org.alliancetracker.common;

/** Rules for the text people and bots send: no control characters (NUL above all, which PostgreSQL refuses). */
public final class Texts {

    public static final String CONTROL_CHARACTERS = "Remove the control characters (such as NUL) from this text.";

    private Texts() {
    }

    /** Whether the text holds any control character, tabs and line breaks included: for one-line values. */
    public static boolean hasControlCharacters(String text) {
        return text != null && text.chars().anyMatch(Character::isISOControl);
    }
}
