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
 * Every label of every chart is drawn inside its chart, measured in the browser's own fonts: the layout's width
 * estimates leave room enough for the widest names and the bold headers.
 */
@QuarkusTest
class ChartLabelsTest {

    static final List<String> PAGES = List.of("/timelines/alliances/open-virtualization-alliance",
            "/timelines/organizations/red-hat", "/timelines/organizations/ibm", "/timelines/compare?projects=xen,kvm",
            "/timelines/compare?projects=xen,kvm,xenserver,hyper-v,vhd,vmware-esx");

    /** Each text of each chart that reaches past its chart's edges, with by how much. */
    static final String TEXTS_OUTSIDE = """
            const outside = [];
            let texts = 0;
            for (const svg of document.querySelectorAll('svg.timeline')) {
              const box = svg.viewBox.baseVal;
              for (const text of svg.querySelectorAll('text')) {
                texts++;
                const b = text.getBBox();
                if (b.x < box.x - 0.5 || b.x + b.width > box.x + box.width + 0.5) {
                  outside.push(svg.getAttribute('aria-labelledby') + ': "' + text.textContent + '" from '
                      + b.x.toFixed(1) + ' to ' + (b.x + b.width).toFixed(1) + ' of ' + box.width);
                }
              }
            }
            return [texts, outside];
            """;

    @TestHTTPResource("/")
    URL base;

    @Test
    void everyChartLabelIsDrawnInsideItsChart() {
        ChromeDriver browser = Chromium.start(true, 1280);
        List<String> outside = new ArrayList<>();
        try {
            for (String page : PAGES) {
                browser.get(base.toString().replaceAll("/$", "") + page);
                List<?> result = (List<?>) browser.executeScript(TEXTS_OUTSIDE);
                assertTrue(((Number) result.get(0)).intValue() > 10, page + " draws its charts' labels");
                ((List<?>) result.get(1)).forEach(text -> outside.add(page + " " + text));
            }
        } finally {
            browser.quit();
        }
        assertEquals(List.of(), outside, "labels drawn past a chart's edge");
    }
}
