package org.alliancetracker.timeline;

/**
 * A rendered chart as a page shows it: its title, the time it shows, its SVG markup, and where to download or embed
 * it.
 */
public record ChartView(String title, TimeScale shown, String svg, String svgUrl, String embedUrl) {

    /** The views of the chart at {@code path} (e.g. "alliances/ova/growth"), with the filter's query string. */
    static ChartView of(String title, TimeScale shown, String svg, String path, String query) {
        return new ChartView(title, shown, svg, "/timelines/" + path + ".svg" + query, "/embed/" + path + query);
    }
}
