package org.alliancetracker.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every label of every chart is drawn inside its chart and clear of the others, measured in the browser's own fonts:
 * the layout's width estimates leave room enough for the widest names and the bold headers.
 */
@QuarkusTest
class ChartLabelsTest {

    static final List<String> PAGES = List.of("/timelines/alliances/open-virtualization-alliance",
            "/timelines/organizations/red-hat", "/timelines/organizations/ibm", "/timelines/compare?projects=xen,kvm",
            "/timelines/compare?projects=xen,kvm,xenserver,hyper-v,vhd,vmware-esx");

    /** Each text of each chart that reaches past its chart's edges or overlaps another, with where. */
    static final String TEXTS_MISPLACED = """
            const misplaced = [];
            let texts = 0;
            const name = text => '"' + [...text.childNodes].filter(n => n.nodeType === 3).map(n => n.data).join('') + '"';
            for (const svg of document.querySelectorAll('svg.timeline')) {
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

    @Test
    void everyChartLabelIsDrawnInsideItsChartAndClearOfTheOthers() {
        ChromeDriver browser = Chromium.start(true, 1280);
        List<String> misplaced = new ArrayList<>();
        try {
            for (String page : PAGES) {
                browser.get(base.toString().replaceAll("/$", "") + page);
                List<?> result = (List<?>) browser.executeScript(TEXTS_MISPLACED);
                assertTrue(((Number) result.get(0)).intValue() > 10, page + " draws its charts' labels");
                ((List<?>) result.get(1)).forEach(text -> misplaced.add(page + " " + text));
            }
        } finally {
            browser.quit();
        }
        assertEquals(List.of(), misplaced, "labels drawn past a chart's edge or over one another");
    }

    /** On a wide screen each chart's frame is as wide as its chart; on a phone, as wide as the column at most. */
    @Test
    void eachFrameHugsItsChartAndAPhoneScrollsItInside() {
        String framesAndCharts = """
                return [...document.querySelectorAll('.chart-scroll')].map(frame => [frame.clientWidth,
                    frame.querySelector('svg').getBoundingClientRect().width,
                    frame.closest('figure').getBoundingClientRect().width, frame.scrollWidth]);""";
        for (int width : new int[] {1280, 360}) {
            ChromeDriver browser = Chromium.start(true, width);
            try {
                for (String page : PAGES) {
                    browser.get(base.toString().replaceAll("/$", "") + page);
                    for (Object row : (List<?>) browser.executeScript(framesAndCharts)) {
                        List<?> sizes = (List<?>) row;
                        double frame = ((Number) sizes.get(0)).doubleValue();
                        double chart = ((Number) sizes.get(1)).doubleValue();
                        double column = ((Number) sizes.get(2)).doubleValue();
                        double scrolled = ((Number) sizes.get(3)).doubleValue();
                        if (chart <= column - 2) {
                            assertEquals(chart, frame, 1, width + " px, " + page + ": the frame hugs its chart");
                        } else {
                            assertTrue(frame <= column, width + " px, " + page + ": the frame fits the column");
                            assertTrue(scrolled >= chart - 1, width + " px, " + page + ": the chart scrolls inside");
                        }
                    }
                }
            } finally {
                browser.quit();
            }
        }
    }
}
