package org.alliancetracker.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every label of every chart is drawn inside its chart and clear of the others, measured in the browser's own fonts:
 * the layout's width estimates leave room enough for the widest names and the bold headers. Each chart shows the
 * widest of its drawings that fits the column, whole.
 */
@QuarkusTest
class ChartLabelsTest {

    static final List<String> PAGES = List.of("/timelines/alliances/open-virtualization-alliance",
            "/timelines/organizations/red-hat", "/timelines/organizations/ibm", "/timelines/compare?projects=xen,kvm",
            "/timelines/compare?projects=xen,kvm,xenserver,hyper-v,vhd,vmware-esx", "/timelines/projects/kvm",
            "/timelines/projects/xen");

    /** Each text of each chart that reaches past its chart's edges or overlaps another, with where. */
    static final String TEXTS_MISPLACED = """
            const misplaced = [];
            let texts = 0;
            const name = text => '"'
                + [...text.childNodes].filter(n => n.nodeType === 3).map(n => n.data).join('') + '"';
            const shown = [...document.querySelectorAll('svg.timeline')].filter(svg => svg.getClientRects().length);
            for (const svg of shown) {
              const box = svg.viewBox.baseVal;
              const chart = svg.getAttribute('aria-labelledby').split(' ')[0] + ': ';
              const drawn = [...svg.querySelectorAll('text')].map(text => [text, text.getBBox()]);
              texts += drawn.length;
              drawn.forEach(([text, b], i) => {
                if (b.x < box.x - 0.5 || b.x + b.width > box.x + box.width + 0.5) {
                  misplaced.push(chart + name(text) + ' from ' + b.x.toFixed(1) + ' to ' + (b.x + b.width).toFixed(1)
                      + ' of ' + box.width);
                }
                for (const [other, o] of drawn.slice(i + 1)) {
                  const across = Math.min(b.x + b.width, o.x + o.width) - Math.max(b.x, o.x);
                  const down = Math.min(b.y + b.height, o.y + o.height) - Math.max(b.y, o.y);
                  if (across > 0.5 && down > 0.5) {
                    misplaced.push(chart + name(text) + ' overlaps ' + name(other));
                  }
                }
              });
            }
            return [texts, misplaced];
            """;

    @TestHTTPResource("/")
    URL base;

    /** At each width a page shows the drawings for another column, so that each drawing is measured once. */
    @ParameterizedTest
    @ValueSource(ints = {1280, 768, 360})
    void everyChartLabelIsDrawnInsideItsChartAndClearOfTheOthers(int width) {
        ChromeDriver browser = Chromium.start(true, width);
        List<String> misplaced = new ArrayList<>();
        try {
            for (String page : PAGES) {
                browser.get(base.toString().replaceAll("/$", "") + page);
                List<?> result = (List<?>) browser.executeScript(TEXTS_MISPLACED);
                assertTrue(((Number) result.get(0)).intValue() > 10, page + " draws its charts' labels");
                ((List<?>) result.get(1)).forEach(text -> misplaced.add(width + " px, " + page + " " + text));
            }
        } finally {
            browser.quit();
        }
        assertEquals(List.of(), misplaced, "labels drawn past a chart's edge or over one another");
    }

    /**
     * Each chart shows one drawing, the widest that fits the column, and its frame hugs it: nothing to scroll, and no
     * empty band beside it. The widest drawing grows to fill a column wider than it. Phones are emulated (their
     * scrollbars take no room); the other widths are desktop windows, with a scrollbar beside the page, either side of
     * each of style.css's two breakpoints, and past the width where the column stops growing.
     */
    @ParameterizedTest
    @CsvSource({"360, true, 320", "412, true, 320", "656, false, 320", "657, false, 600", "768, false, 600",
            "1016, false, 600", "1017, false, 960", "1280, false, 960", "1600, false, 960"})
    void eachChartShowsTheWidestDrawingThatFitsItsColumnWhole(int width, boolean phone, int drawn) {
        String shownFrames = """
                return [...document.querySelectorAll('figure.chart')].map(figure =>
                    [...figure.querySelectorAll('.chart-scroll')].filter(frame => frame.getClientRects().length)
                        .map(frame => [frame.clientWidth, frame.scrollWidth,
                            frame.querySelector('svg').getBoundingClientRect().width,
                            figure.getBoundingClientRect().width - frame.offsetWidth + frame.clientWidth]));""";
        ChromeDriver browser = phone ? Chromium.startPhone(width) : Chromium.start(true, width);
        try {
            for (String page : PAGES) {
                browser.get(base.toString().replaceAll("/$", "") + page);
                List<?> figures = (List<?>) browser.executeScript(shownFrames);
                assertFalse(figures.isEmpty(), page + " has charts");
                for (Object figure : figures) {
                    List<?> frames = (List<?>) figure;
                    assertEquals(1, frames.size(), width + " px, " + page + ": one drawing of each chart is shown");
                    List<?> sizes = (List<?>) frames.get(0);
                    double frame = ((Number) sizes.get(0)).doubleValue();
                    double scrolled = ((Number) sizes.get(1)).doubleValue();
                    double chart = ((Number) sizes.get(2)).doubleValue();
                    double column = ((Number) sizes.get(3)).doubleValue();
                    if (drawn == 960) {
                        assertTrue(chart >= drawn - 0.5, width + " px, " + page + ": the widest drawing, " + chart);
                        assertEquals(column, chart, 1, width + " px, " + page + ": grown to fill the column");
                    } else {
                        assertEquals(drawn, chart, 0.5, width + " px, " + page + ": the drawing for this column");
                    }
                    assertEquals(chart, frame, 1, width + " px, " + page + ": the frame hugs its chart");
                    assertTrue(scrolled <= frame, width + " px, " + page + ": nothing to scroll");
                }
            }
        } finally {
            browser.quit();
        }
    }

    /** A width the address asks for is drawn alone, at every screen width; where it does not fit, it scrolls inside. */
    @Test
    void aWidthTheAddressAsksForScrollsInsideItsFrameOnAPhone() {
        String frames = """
                return [...document.querySelectorAll('.chart-scroll')].map(frame => [frame.clientWidth,
                    frame.querySelector('svg').getBoundingClientRect().width,
                    frame.closest('figure').getBoundingClientRect().width, frame.scrollWidth]);""";
        ChromeDriver browser = Chromium.startPhone(360);
        try {
            browser.get(base.toString().replaceAll("/$", "") + "/timelines/organizations/ibm?width=800");
            List<?> rows = (List<?>) browser.executeScript(frames);
            assertEquals(1, rows.size(), "one drawing, at the width asked for");
            List<?> sizes = (List<?>) rows.get(0);
            double frame = ((Number) sizes.get(0)).doubleValue();
            double chart = ((Number) sizes.get(1)).doubleValue();
            double column = ((Number) sizes.get(2)).doubleValue();
            double scrolled = ((Number) sizes.get(3)).doubleValue();
            assertEquals(800, chart, 0.5);
            assertTrue(frame <= column, "the frame fits the column");
            assertTrue(scrolled >= chart - 1, "the chart scrolls inside");
        } finally {
            browser.quit();
        }
    }
}
