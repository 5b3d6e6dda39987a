package org.alliancetracker.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.chrome.ChromeDriver;

import org.alliancetracker.account.Role;
import org.alliancetracker.organization.Organization;
import org.alliancetracker.project.Project;
import org.alliancetracker.testing.Browser;
import org.alliancetracker.testing.GeneratedData;

/**
 * Every page type is usable at phone, tablet and desktop widths: the page never scrolls sideways, the tables of
 * records fit their column, and on a phone or an upright tablet they show every value beside its column's name.
 */
@QuarkusTest
class ResponsiveTest {

    static final List<String> PAGES = List.of("/", "/alliances", "/alliances/open-virtualization-alliance",
            "/organizations/ibm", "/projects/xen", "/sources", "/sources/4", "/search?q=red", "/search?q=qumranett",
            "/timelines/alliances/open-virtualization-alliance", "/timelines/organizations/red-hat",
            "/timelines", "/timelines/compare", "/timelines/projects/kvm", "/login", "/alliances/nope");

    static final List<String> PAGES_WITH_TABLES = List.of("/alliances", "/alliances/open-virtualization-alliance",
            "/organizations/red-hat", "/projects/kvm", "/projects/kvm?sort=name",
            "/timelines/alliances/open-virtualization-alliance",
            "/timelines/organizations/red-hat", "/timelines/compare?projects=xen,kvm", "/timelines/projects/kvm",
            "/projects");

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

    @Test
    void aNameOfOneLongWordWrapsOnAPhoneWhereverItIsShown() {
        try (GeneratedData data = GeneratedData.allianceWithMembersNamed(
                List.of("Forschungsgemeinschaftsverwaltungsgesellschaftsbeteiligungen"))) {
            QuarkusTransaction.requiringNew().run(() -> {
                Project.<Project>findById(data.project.id).name = "Hypervisorvirtualisierungsplattformreferenz";
                GeneratedData.touch();
            });
            String slug = data.organizations.get(0).slug;
            long id = data.organizations.get(0).id;
            String root = base.toString().replaceAll("/$", "");
            ChromeDriver browser = Chromium.start(true, 360);
            List<String> sideways = new ArrayList<>();
            try {
                // As an editor, whose forms name the organization in their fields and hints.
                Chromium.logIn(browser, root + "/login", Browser.ADMIN, Browser.ADMIN_PASSWORD);
                for (String page : List.of("/organizations/" + slug, "/organizations?sort=-alliances",
                        "/alliances/" + data.alliance.slug, "/timelines/organizations/" + slug,
                        "/search?q=" + data.prefix, "/projects/" + data.project.slug, "/edit/organization/" + id,
                        "/edit/organization/" + id + "/merge", "/edit/move/new?organization=" + id,
                        "/edit/membership/new?organization=" + id, "/edit/acquisition/new?acquirer=" + id,
                        "/history/organization/" + id, "/timelines/compare",
                        "/timelines/projects/" + data.project.slug)) {
                    browser.get(root + page);
                    if (Chromium.scrollsSideways(browser)) {
                        sideways.add(page);
                    }
                }
                // The home page's cards show the alliances with the most members: the name is put in one of them.
                browser.get(root + "/");
                browser.executeScript("document.querySelector('.card h3 a').textContent = arguments[0]",
                        data.organizations.get(0).name);
                if (Chromium.scrollsSideways(browser)) {
                    sideways.add("/ with the name in a card");
                }
            } finally {
                browser.quit();
            }
            assertEquals(List.of(), sideways, "pages that scroll sideways at 360 px");
        }
    }

    @Test
    void onAPhoneEveryRecordTableReadsAsBlocksOfNamedValuesAndNothingHidesPastTheEdge() {
        assertEquals(List.of(), tableProblems(360, true, false, PAGES_WITH_TABLES), "tables at 360 px");
    }

    /**
     * A tablet held upright has no room for a table of six columns either, so its tables are blocks too; from 800 px
     * up they are tables, whose citations wrap where their column is too narrow for one line.
     */
    @ParameterizedTest(name = "{0} px, as blocks: {1}")
    @CsvSource({"656, true", "768, true", "820, false", "1024, false", "1280, false"})
    void atEveryWidthTheTablesOfRecordsFitTheirColumn(int width, boolean inBlocks) {
        assertEquals(List.of(), tableProblems(width, inBlocks, false, PAGES_WITH_TABLES), "tables at " + width + " px");
    }

    /** Only where a table is short of room does a day's date take two lines, and then never between day and month. */
    @ParameterizedTest(name = "{0} px, dates on two lines: {1}")
    @CsvSource({"1024, true", "1280, false"})
    void aDaysDateInATableWrapsBeforeItsYearOnlyOnATablet(int width, boolean wraps) {
        ChromeDriver browser = Chromium.start(true, width);
        try {
            browser.get(base.toString().replaceAll("/$", "") + "/organizations/xensource");
            @SuppressWarnings("unchecked")
            List<Object> lines = (List<Object>) browser.executeScript("const line = parseFloat(getComputedStyle("
                    + "document.querySelector('td')).lineHeight); return [...document.querySelectorAll('td time.day')]"
                    + ".map(t => [t.getBoundingClientRect().height, t.firstElementChild.getBoundingClientRect().height]"
                    + ".map(h => Math.round(h / line)))");
            assertTrue(!lines.isEmpty(), "the page has days' dates in a table");
            for (Object line : lines) {
                List<?> counts = (List<?>) line;
                assertEquals(wraps ? 2L : 1L, counts.get(0), "lines of the date at " + width + " px");
                assertEquals(1L, counts.get(1), "the day and month stay on one line");
            }
        } finally {
            browser.quit();
        }
    }

    @Test
    void onAPhoneTheManagersTablesReadAsBlocksToo() {
        long ibm = QuarkusTransaction.requiringNew().call(() -> Organization.findBySlug("ibm").orElseThrow().id);
        // Another account than the administrator's own, whose row offers several actions.
        Browser.newAccount(Role.EDITOR);
        // The pages of records too, where an editor sees an Edit link beside each record's sources.
        List<String> pages = List.of("/admin/accounts", "/history/organization/" + ibm,
                "/alliances/open-virtualization-alliance", "/organizations/red-hat", "/projects/kvm");
        assertEquals(List.of(), tableProblems(360, true, true, pages), "tables at 360 px");
    }

    /**
     * Each page's table problems at a width, seen by a visitor or by the administrator, after checking that its
     * tables are laid out as blocks, or as tables, as expected at that width.
     */
    private List<String> tableProblems(int width, boolean inBlocks, boolean asAdministrator, List<String> pages) {
        String root = base.toString().replaceAll("/$", "");
        ChromeDriver browser = Chromium.start(true, width);
        List<String> problems = new ArrayList<>();
        try {
            if (asAdministrator) {
                Chromium.logIn(browser, root + "/login", Browser.ADMIN, Browser.ADMIN_PASSWORD);
            }
            for (String page : pages) {
                browser.get(root + page);
                Chromium.TableCheck tables = Chromium.tables(browser);
                assertEquals(inBlocks, tables.cellsInBlocks() > 0,
                        page + (inBlocks ? " lays its tables out as blocks" : " lays its tables out as tables"));
                tables.problems().forEach(problem -> problems.add(page + ": " + problem));
            }
        } finally {
            browser.quit();
        }
        return problems;
    }
}
