package org.alliancetracker.timeline;

/**
 * Text width estimates for layout without a font renderer. The factor is an upper bound for the average
 * advance of system sans-serif fonts, so labels sized with it do not overlap when drawn.
 */
public final class TextMetrics {

    static final double AVERAGE_ADVANCE = 0.62;
    /**
     * Bold glyphs are wider: an eighth in DejaVu Sans, the widest of the usual system fonts. A tenth on top of the
     * regular bound covers the names measured in Chromium (ChartLabelsTest) without cutting names that fit.
     */
    static final double BOLD_FACTOR = 1.1;

    private TextMetrics() {
    }

    public static double width(String text, double fontSize) {
        return width(text, fontSize, false);
    }

    public static double width(String text, double fontSize, boolean bold) {
        return text.codePointCount(0, text.length()) * advance(fontSize, bold);
    }

    /** The text, cut with an ellipsis where it would be wider than {@code maxWidth}. */
    public static String fit(String text, double maxWidth, double fontSize, boolean bold) {
        if (width(text, fontSize, bold) <= maxWidth) {
            return text;
        }
        int maxChars = (int) Math.floor(maxWidth / advance(fontSize, bold)) - 1;
        if (maxChars < 1) {
            return "…";
        }
        int end = text.offsetByCodePoints(0, Math.min(maxChars, text.codePointCount(0, text.length())));
        return text.substring(0, end).stripTrailing() + "…";
    }

    private static double advance(double fontSize, boolean bold) {
        return fontSize * AVERAGE_ADVANCE * (bold ? BOLD_FACTOR : 1);
    }
}
