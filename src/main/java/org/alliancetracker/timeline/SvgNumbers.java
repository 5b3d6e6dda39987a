package org.alliancetracker.timeline;

import java.math.BigDecimal;

import io.quarkus.qute.TemplateExtension;

/**
 * Coordinates as a chart's SVG carries them: to a hundredth of a pixel, without trailing zeros ("38", "175.84").
 * A double as Java prints it ("175.83625795984585") made a quarter of a large chart's bytes, and a page now carries
 * each chart three times (ChartView.Fit).
 */
@TemplateExtension
public final class SvgNumbers {

    private SvgNumbers() {
    }

    /** {@code {bar.y.px}} in a template. */
    public static String px(double value) {
        long hundredths = Math.round(value * 100);
        return hundredths % 100 == 0 ? Long.toString(hundredths / 100)
                : BigDecimal.valueOf(hundredths, 2).stripTrailingZeros().toPlainString();
    }

    /** A polygon's points, given as x and y in turn: "915.96,60 923.96,67 915.96,74". */
    static String points(double... xy) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < xy.length; i += 2) {
            points.append(i == 0 ? "" : " ").append(px(xy[i])).append(',').append(px(xy[i + 1]));
        }
        return points.toString();
    }
}
