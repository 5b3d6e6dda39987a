package org.alliancetracker.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.chrome.ChromeDriver;

/** Every page type is usable at phone, tablet and desktop widths: the page never scrolls sideways. */
@QuarkusTest
class ResponsiveTest {

    static final List<String> PAGES = List.of("/", "/alliances", "/alliances/open-virtualization-alliance",
            "/organizations/ibm", "/projects/xen", "/sources", "/search?q=red",
            "/timelines/alliances/open-virtualization-alliance", "/timelines/organizations/red-hat",
            "/timelines/compare", "/login", "/alliances/nope");

    @TestHTTPResource("/")
    URL base;

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {360, 768, 1280})
    void noPageScrollsSidewaysAndEachIsPhotographed(int width) throws Exception {
        ChromeDriver browser = Chromium.start(true, width);
        List<String> sideways = new ArrayList<>();
        List<String> consoleErrors = new ArrayList<>();
        try {
            for (String page : PAGES) {
                browser.get(base.toString().replaceAll("/$", "") + page);
                Chromium.consoleErrors(browser).stream()
                        .filter(m -> !(page.equals("/alliances/nope") && m.contains("status of 404")))
                        .forEach(m -> consoleErrors.add(page + ": " + m));
                if (Chromium.scrollsSideways(browser)) {
                    sideways.add(page);
                }
                String name = page.equals("/") ? "home" : page.substring(1).replaceAll("[^a-z0-9]+", "-");
                Chromium.screenshot(browser, name + "-" + width);
            }
        } finally {
            browser.quit();
        }
        assertEquals(List.of(), sideways, "pages that scroll sideways at " + width + " px");
        assertEquals(List.of(), consoleErrors, "the not-found page's own 404 is expected; nothing else");
        assertTrue(Files.exists(Chromium.SCREENSHOTS.resolve("home-" + width + ".png")));
    }
}
