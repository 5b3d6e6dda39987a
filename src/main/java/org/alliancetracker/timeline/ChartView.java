package org.alliancetracker.timeline;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.IntFunction;

import io.quarkus.qute.TemplateInstance;

/**
 * A rendered chart as a page shows it: its title, the time it shows, its drawings, and where to download or embed
 * it.
 */
public record ChartView(String title, TimeScale shown, List<Drawing> drawings, String svgUrl, String embedUrl) {

    /**
     * One drawing of the chart: its SVG markup, and the column it is drawn for ("wide", "medium" or "narrow", for
     * style.css to show where it fits), or null when it is the only drawing and shown at every width.
     */
    public record Drawing(String svg, String fit) {
    }

    /**
     * The widths a page draws a chart at when its address names none (or the default). The stylesheet shows the
     * widest that fits the column, so that on a tablet or a phone the whole chart is in view, with each lane's name
     * beside its bars, and without scrolling sideways; the browser chooses by its width, without JavaScript.
     * An address that names a width gets that drawing alone, which scrolls inside its frame where it does not fit.
     */
    enum Fit {
        WIDE(TimelineFilter.DEFAULT_WIDTH), MEDIUM(600), NARROW(TimelineFilter.MIN_WIDTH);

        final int width;

        Fit(int width) {
            this.width = width;
        }

        /** The name style.css knows the drawing by. */
        String cssName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The prefix of the ids inside the drawing, unique in the page (the wide drawing keeps the chart's own). */
        String id(String chartId) {
            return this == WIDE ? chartId : chartId + "-" + cssName();
        }
    }

    /**
     * The views of {@code chart}, drawn at the filter's width, at {@code path} (e.g. "alliances/ova/growth") with
     * the filter's query string. At the default width the chart is drawn again, by {@code atWidth}, for each
     * narrower {@link Fit}.
     *
     * @param template the chart's template, given the chart and the prefix of the ids in its drawing
     */
    static <C> ChartView of(String title, TimeScale shown, TimelineFilter filter, String id, C chart,
            IntFunction<C> atWidth, BiFunction<C, String, TemplateInstance> template, String path, String query) {
        List<Drawing> drawings = filter.width() != TimelineFilter.DEFAULT_WIDTH
                ? List.of(new Drawing(template.apply(chart, id).render(), null))
                : Arrays.stream(Fit.values()).map(fit -> new Drawing(
                        template.apply(fit == Fit.WIDE ? chart : atWidth.apply(fit.width), fit.id(id)).render(),
                        fit.cssName())).toList();
        return new ChartView(title, shown, drawings, "/timelines/" + path + ".svg" + query, "/embed/" + path + query);
    }
}
