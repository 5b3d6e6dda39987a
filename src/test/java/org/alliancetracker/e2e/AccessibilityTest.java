package org.alliancetracker.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/** axe-core finds no WCAG 2.1 A or AA violation on any page type a visitor sees. */
@QuarkusTest
class AccessibilityTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void visitorPagesHaveNoViolations() throws Exception {
        ChromeDriver browser = Chromium.start(true, 1280);
        List<String> violations = new ArrayList<>();
        try {
            for (String page : ResponsiveTest.PAGES) {
                browser.get(base.toString().replaceAll("/$", "") + page);
                Chromium.accessibilityViolations(browser).forEach(v -> violations.add(page + " " + v));
            }
        } finally {
            browser.quit();
        }
        assertEquals(List.of(), violations);
    }
}
