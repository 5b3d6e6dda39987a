package org.alliancetracker.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;

import org.alliancetracker.account.Role;
import org.alliancetracker.history.AuditEntry;
import org.alliancetracker.organization.NameIndex;
import org.alliancetracker.organization.NotDuplicate;
import org.alliancetracker.organization.Organization;
import org.alliancetracker.testing.Browser;
import org.alliancetracker.testing.GeneratedData;

/** axe-core finds no WCAG 2.1 A or AA violation on any page type a visitor sees. */
@QuarkusTest
class AccessibilityTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void theCheckFindsAViolationWhereThereIsOne() throws Exception {
        ChromeDriver browser = Chromium.start(true, 800);
        try {
            browser.get("data:text/html,<!DOCTYPE html><html lang='en'><title>t</title><main><input "
                    + "type='text'></main></html>");
            List<String> violations = Chromium.accessibilityViolations(browser);
            assertTrue(violations.stream().anyMatch(v -> v.startsWith("label:")),
                    violations.toString());
        } finally {
            browser.quit();
        }
    }

    @Test
    void theKeyboardReachesTheSkipLinkFirstAndItMovesToTheContent() {
        ChromeDriver browser = Chromium.start(true, 1280);
        try {
            browser.get(base.toString().replaceAll("/$", "") + "/alliances/open-virtualization-alliance");
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
            var first = browser.switchTo().activeElement();
            assertEquals("Skip to content", first.getText());
            assertTrue(first.isDisplayed() && first.getLocation().getX() >= 0,
                    "the skip link shows when focused");
            first.sendKeys(Keys.ENTER);
            assertEquals("main", browser.switchTo().activeElement().getAttribute("id"));
            String outline = (String) browser.executeScript(
                    "return getComputedStyle(document.querySelector('a[href=\"/organizations/ibm\"]'), "
                            + "null).outlineStyle");
            assertEquals("none", outline, "no outline until focused");
            browser.executeScript("document.querySelector('a[href=\"/organizations/ibm\"]').focus()");
            String focused = (String) browser.executeScript(
                    "return getComputedStyle(document.activeElement).outlineStyle");
            assertEquals("solid", focused, "a visible focus outline");
        } finally {
            browser.quit();
        }
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {360, 1280})
    void managersAndAdministratorsPagesHaveNoViolations(int width) throws Exception {
        ChromeDriver browser = Chromium.start(true, width);
        List<String> violations = new ArrayList<>();
        String root = base.toString().replaceAll("/$", "").replace("//localhost:", "//127.0.0.1:");
        // Two names alike, so that the list of possible duplicates has a group to check, and two told apart.
        GeneratedData alike = GeneratedData.allianceWithMembersNamed(List.of("Axe Pair", "AXE-PAIR", "Axe Apart",
                "AXE-APART"));
        try {
            QuarkusTransaction.requiringNew().run(() -> NotDuplicate.tellApart(
                    Organization.withIds(List.of(alike.organizations.get(2).id, alike.organizations.get(3).id)),
                    Browser.ADMIN));
            // An account whose name wraps in its button on a phone, whatever accounts other tests made.
            Browser.newAccount(Role.EDITOR, "editor-with-a-long-user-name-");
            Chromium.logIn(browser, root + "/login", Browser.ADMIN, Browser.ADMIN_PASSWORD);
            long ibm = QuarkusTransaction.requiringNew().call(() ->
                    Organization.findBySlug("ibm").orElseThrow().id);
            // Reverting IBM's creation would delete it with its memberships: the page that asks first lists them.
            long ibmCreated = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>find(
                    "recordType = 'organization' and recordId = ?1 and action = ?2 order by id", ibm,
                    AuditEntry.Action.CREATED).firstResult().id);
            for (String page : List.of("/alliances/open-virtualization-alliance", "/edit/organization/" + ibm,
                    "/edit/organization/" + ibm + "/delete", "/edit/organization/" + ibm + "/merge",
                    "/edit/move/new?organization=" + ibm, "/edit/duplicates", "/edit/unsourced",
                    "/history/organization/" + ibm, "/history", "/history?by=system&kind=membership",
                    "/history/rollback?by=system&from=60", "/history/" + ibmCreated + "/revert",
                    "/import", "/account/tokens", "/account/password", "/admin/accounts",
                    "/admin/accounts/new", "/admin/webhooks", "/edit/membership/new",
                    // An alliance with tiers: "Change tier" beside each member, and its form.
                    "/alliances/" + alike.alliance.slug, "/edit/tier-change/new?alliance=" + alike.alliance.id
                            + "&organization=" + alike.organizations.get(0).id)) {
                browser.get(root + page);
                // What a disclosure holds is checked too, as a reader who opens it sees it.
                browser.executeScript("document.querySelectorAll('details').forEach(d => d.open = true)");
                Chromium.accessibilityViolations(browser).forEach(v -> violations.add(page + " " + v));
                Chromium.controlProblems(browser).forEach(v -> violations.add(page + " " + v));
            }
            assertEquals(List.of(), Chromium.consoleErrors(browser));
            // A filter re-shown with an error beside its field, answered 400 (which the console reports).
            String inError = "/history?kind=guild";
            browser.get(root + inError);
            Chromium.accessibilityViolations(browser).forEach(v -> violations.add(inError + " " + v));
            Chromium.controlProblems(browser).forEach(v -> violations.add(inError + " " + v));
        } finally {
            browser.quit();
            alike.close();
        }
        assertEquals(List.of(), violations);
    }

    /** Visitors' forms re-shown with an error beside a field. */
    static final List<String> FORMS_IN_ERROR = List.of("/alliances/open-virtualization-alliance?at=2011-13",
            "/timelines/alliances/open-virtualization-alliance?from=2012&to=2011",
            "/timelines/compare?projects=xen,kvm&from=2011-02-30", "/timelines/compare?projects=xen",
            "/timelines/projects/xen?to=soon", "/alliances?sort=size", "/projects?sort=size",
            "/projects/xen?at=2011&sort=size",
            "/organizations?kind=robot", "/organizations?sort=size",
            // Not a form, but a page that answers an address typed by hand with the names it may have meant.
            "/organizations/redhat");

    /** At a phone's and a tablet's width too, where tables are laid out as blocks and charts drawn narrower. */
    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {360, 768, 1280})
    void visitorPagesHaveNoViolations(int width) throws Exception {
        ChromeDriver browser = Chromium.start(true, width);
        List<String> violations = new ArrayList<>();
        try {
            for (String page : Stream.concat(ResponsiveTest.PAGES.stream(), FORMS_IN_ERROR.stream())
                    .toList()) {
                browser.get(base.toString().replaceAll("/$", "") + page);
                Chromium.accessibilityViolations(browser).forEach(v -> violations.add(page + " " + v));
                Chromium.controlProblems(browser).forEach(v -> violations.add(page + " " + v));
            }
        } finally {
            browser.quit();
        }
        assertEquals(List.of(), violations);
    }

    /** A list long enough for an index of first letters, and the place a letter leads to, marked as the target. */
    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {360, 1280})
    void aLongListWithItsIndexOfFirstLettersHasNoViolations(int width) throws Exception {
        ChromeDriver browser = Chromium.start(true, width);
        try (GeneratedData data = GeneratedData.allianceWithMembers(NameIndex.SHORT_LIST)) {
            browser.get(base.toString().replaceAll("/$", "") + "/organizations#letter-i");
            assertEquals(List.of(), Chromium.accessibilityViolations(browser));
            assertEquals(List.of(), Chromium.controlProblems(browser));
            assertTrue((Boolean) browser.executeScript("return document.querySelector('.name-index a') !== null"
                    + " && document.querySelector('li:target a').textContent === 'IBM'"), "the index leads to IBM");
        } finally {
            browser.quit();
        }
    }
}
