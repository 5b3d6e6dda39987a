package org.alliancetracker.timeline;

/**
 * Text width estimates for layout without a font renderer. The factor is an upper bound for the average
 * advance of system sans-serif fonts, so labels sized with it do not overlap when drawn.
 */
public final class TextMetrics {

    static final double AVERAGE_ADVANCE = 0.62;

    private TextMetrics() {
    }

    public static double width(String text, double fontSize) {
        return text.codePointCount(0, text.length()) * fontSize * AVERAGE_ADVANCE;
    }

    /** The text, cut with an ellipsis where it would be wider than {@code maxWidth}. */
    public static String fit(String text, double maxWidth, double fontSize) {
        if (width(text, fontSize) <= maxWidth) {
            return text;
        }
        int maxChars = (int) Math.floor(maxWidth / (fontSize * AVERAGE_ADVANCE)) - 1;
        if (maxChars < 1) {
            return "…";
        }
        int end = text.offsetByCodePoints(0, Math.min(maxChars, text.codePointCount(0, text.length())));
        return text.substring(0, end).stripTrailing() + "…";
    }
}
