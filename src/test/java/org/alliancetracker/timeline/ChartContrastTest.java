package org.alliancetracker.timeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Every colour the charts paint with (fills and strokes) has at least the 3:1 contrast WCAG 2.2 asks of graphical
 * objects, against the light page background and, in the dark-mode rules, against the dark one.
 */
class ChartContrastTest {

    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)\\}");
    private static final Pattern COLOUR = Pattern.compile("(fill|stroke):\\s*(#[0-9a-fA-F]{6})");

    private static String chartStyle() throws IOException {
        try (InputStream in = ChartContrastTest.class.getResourceAsStream("/templates/tags/chartStyle.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** The colours of every rule but the grid lines', which are decorative (WCAG 1.4.11 asks nothing of them). */
    private static List<String> colours(String css) {
        List<String> found = new ArrayList<>();
        Matcher rule = RULE.matcher(css);
        while (rule.find()) {
            if (rule.group(1).contains(".grid")) {
                continue;
            }
            Matcher m = COLOUR.matcher(rule.group(2));
            while (m.find()) {
                found.add(m.group(2).toLowerCase());
            }
        }
        return found;
    }

    @Test
    void knownContrastRatios() {
        assertTrue(Math.abs(contrast("#000000", "#ffffff") - 21) < 0.01);
        assertTrue(Math.abs(contrast("#777777", "#ffffff") - 4.48) < 0.01);
    }

    @Test
    void chartColoursContrastWithTheirBackground() throws IOException {
        String css = chartStyle();
        int dark = css.indexOf("@media (prefers-color-scheme: dark)");
        List<String> light = colours(css.substring(0, dark));
        List<String> darkColours = colours(css.substring(dark));
        assertTrue(light.size() > 10 && darkColours.size() > 10);
        // White and the dark background are used for outlines and hatching drawn over a coloured bar.
        light.stream().filter(c -> !c.equals("#ffffff")).forEach(c ->
                assertTrue(contrast(c, "#ffffff") >= 3, c + " on white: " + contrast(c, "#ffffff")));
        darkColours.stream().filter(c -> !c.equals("#0f1419")).forEach(c ->
                assertTrue(contrast(c, "#0f1419") >= 3, c + " on the dark background: " + contrast(c, "#0f1419")));
    }
}
