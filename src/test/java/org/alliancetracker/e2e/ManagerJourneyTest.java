package org.alliancetracker.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.alliancetracker.account.Account;
import org.alliancetracker.account.Role;
import org.alliancetracker.testing.Browser;
import org.alliancetracker.testing.ManagerJourneyProfile;

/** A community manager at work in a real browser, on a database of the test's own. */
@QuarkusTest
@TestProfile(ManagerJourneyProfile.class)
class ManagerJourneyTest {

    @TestHTTPResource("/")
    URL base;

    private String url(String path) {
        return base.toString().replaceAll("/$", "").replace("//localhost:", "//127.0.0.1:") + path;
    }

    private static void logIn(ChromeDriver browser, String loginUrl, Account account) {
        Chromium.logIn(browser, loginUrl, account.username, Browser.passwordOf(account.username));
    }

    private static String flash(ChromeDriver browser) {
        List<WebElement> flash = browser.findElements(By.cssSelector(".flash"));
        if (flash.isEmpty()) {
            throw new AssertionError("no flash message on " + browser.getCurrentUrl() + ": "
                    + Pattern.compile("ERR_[A-Z_]+").matcher(browser.getPageSource()).results().map(m -> m.group())
                            .distinct().toList()
                    + " console: " + browser.manage().logs().get(LogType.BROWSER).getAll());
        }
        return flash.get(0).getText();
    }

    @Test
    void aManagerEditsRecordsAMoveMeetsAConflictRevertsAndImports(@TempDir Path upload) throws Exception {
        Chromium.assumeInstalled();
        Account account = Browser.newAccount(Role.EDITOR);
        ChromeDriver browser = Chromium.start(true, 1280);
        ChromeDriver other = null;
        List<String> violations = new ArrayList<>();
        try {
            logIn(browser, url("/login?next=/alliances/open-virtualization-alliance"), account);
            assertEquals("Logged in as " + account.displayName + ".", flash(browser));

            // A member whose joining is known to the month.
            Chromium.clickAndWait(browser, browser.findElement(By.linkText("Add a member")));
            Chromium.accessibilityViolations(browser).forEach(v -> violations.add("membership form " + v));
            // The organization is typed; its list offers the names that contain what is typed so far.
            WebElement organization = browser.findElement(By.id("f-organization"));
            organization.sendKeys("ovel");
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> !b.findElements(
                    By.cssSelector("#f-organization-choices option[value='Novell']")).isEmpty());
            organization.clear();
            organization.sendKeys("Novell");
            browser.findElement(By.id("f-joined")).sendKeys("2012-03");
            // Sources are typed one per line; the finder beside them offers titles and adds the one chosen.
            WebElement finder = browser.findElement(By.id("f-sources-finder"));
            finder.sendKeys("celebrate");
            String title = "Open Source Virtualization: No Reason To Celebrate";
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> !b.findElements(
                    By.cssSelector("#f-sources-finder-choices option[value='" + title + "']")).isEmpty());
            finder.clear();
            finder.sendKeys(title + "\n");
            assertEquals(title, browser.findElement(By.id("f-sources")).getAttribute("value"));
            assertEquals("", finder.getAttribute("value"));
            browser.executeScript("arguments[0].scrollIntoView()", finder);
            Chromium.screenshot(browser, "edit-form-sources");
            Chromium.clickAndWait(browser, browser.findElement(By.cssSelector("form.edit-form button[type=submit]")));
            assertTrue(flash(browser).startsWith("Saved the new membership: Novell in Open Virtualization Alliance"));
            WebElement novell = browser.findElements(By.cssSelector("table.members tbody tr")).stream()
                    .filter(r -> r.getText().startsWith("Novell")).findFirst().orElseThrow();
            assertTrue(novell.getText().contains("March 2012"), novell.getText());

            // A form error keeps the values and says what is wrong beside the field.
            Chromium.clickAndWait(browser, browser.findElement(By.linkText("Add a member")));
            browser.findElement(By.id("f-organization")).sendKeys("VMware");
            browser.findElement(By.id("f-joined")).sendKeys("2012-13");
            Chromium.clickAndWait(browser, browser.findElement(By.cssSelector("form.edit-form button[type=submit]")));
            assertTrue(browser.findElement(By.id("f-joined-error")).getText().contains("2011-05-17"));
            assertEquals("2012-13", browser.findElement(By.id("f-joined")).getAttribute("value"));
            assertEquals("VMware", browser.findElement(By.id("f-organization")).getAttribute("value"));
            Chromium.accessibilityViolations(browser).forEach(v -> violations.add("form with errors " + v));
            Chromium.screenshot(browser, "edit-form-with-error");

            // A move from one project to another, in one form.
            browser.get(url("/organizations/novell"));
            Chromium.clickAndWait(browser, browser.findElement(By.linkText("Record a move between projects")));
            assertEquals("Novell", browser.findElement(By.id("f-organization")).getAttribute("value"));
            new Select(browser.findElement(By.id("f-fromProject"))).selectByVisibleText("Xen");
            new Select(browser.findElement(By.id("f-toProject"))).selectByVisibleText("KVM");
            browser.findElement(By.id("f-movedOn")).sendKeys("2012");
            new Select(browser.findElement(By.id("f-role"))).selectByVisibleText("Supporter");
            Chromium.clickAndWait(browser, browser.findElement(By.cssSelector("form.edit-form button[type=submit]")));
            assertTrue(browser.findElement(By.cssSelector("li.move")).getText().contains("moved from Xen"));

            // Someone else saves first: the conflict page shows both.
            Chromium.clickAndWait(browser, browser.findElement(By.linkText("Edit the organization")));
            other = Chromium.start(true, 1024);
            logIn(other, url("/login?next=/organizations/novell"), Browser.newAccount(Role.EDITOR));
            Chromium.clickAndWait(other, other.findElement(By.linkText("Edit the organization")));
            WebElement theirName = other.findElement(By.id("f-name"));
            theirName.clear();
            theirName.sendKeys("Novell (their edit)");
            Chromium.clickAndWait(other, other.findElement(By.cssSelector("form.edit-form button[type=submit]")));
            WebElement myName = browser.findElement(By.id("f-name"));
            myName.clear();
            myName.sendKeys("Novell (my edit)");
            Chromium.clickAndWait(browser, browser.findElement(By.cssSelector("form.edit-form button[type=submit]")));
            assertEquals("Someone else saved this organization first", browser.findElement(By.tagName("h1")).getText());
            assertTrue(browser.findElement(By.cssSelector("table.conflict tr.differs")).getText()
                    .contains("Novell (my edit) Novell (their edit)"));
            Chromium.accessibilityViolations(browser).forEach(v -> violations.add("conflict page " + v));
            Chromium.tables(browser).problems().forEach(v -> violations.add("conflict page " + v));
            Chromium.clickAndWait(browser,
                    browser.findElement(By.xpath("//button[text()='Save my values over the current ones']")));
            assertEquals("Novell (my edit)", browser.findElement(By.tagName("h1")).getText());

            // Revert that change from the history.
            Chromium.clickAndWait(browser, browser.findElement(By.linkText("Recent changes")));
            Chromium.accessibilityViolations(browser).forEach(v -> violations.add("history " + v));
            Chromium.clickAndWait(browser, browser.findElements(By.cssSelector(".history-entry")).get(0)
                    .findElement(By.cssSelector("button")));
            assertTrue(flash(browser).contains("restored the earlier values"), flash(browser));
            browser.get(url("/organizations/novell"));
            assertEquals("Novell (their edit)", browser.findElement(By.tagName("h1")).getText());

            // Deleted with its membership, backings and move; reverting the deletion brings them all back.
            Chromium.clickAndWait(browser, browser.findElement(By.linkText("Edit the organization")));
            Chromium.clickAndWait(browser, browser.findElement(By.linkText("Delete this organization")));
            assertTrue(browser.findElement(By.cssSelector(".revert-note")).getText().contains("also brings back"));
            Chromium.clickAndWait(browser, browser.findElement(By.cssSelector("button.danger")));
            Chromium.clickAndWait(browser, browser.findElement(By.linkText("Recent changes")));
            WebElement deletion = browser.findElements(By.cssSelector(".history-entry")).get(0);
            assertTrue(deletion.findElement(By.cssSelector(".cascade")).getText().startsWith("It also deleted"));
            Chromium.clickAndWait(browser, deletion.findElement(By.cssSelector("button")));
            assertTrue(flash(browser).matches("Reverted change \\d+: re-created the organization Novell \\(their"
                    + " edit\\)\\. Also re-created the \\d+ records deleted with it\\."), flash(browser));
            assertEquals("Novell (their edit)", browser.findElement(By.tagName("h1")).getText());
            assertTrue(browser.findElement(By.cssSelector("li.move")).getText().contains("moved from Xen"));
            browser.get(url("/alliances/open-virtualization-alliance"));
            assertTrue(browser.findElements(By.cssSelector("table.members tbody tr")).stream()
                    .anyMatch(r -> r.getText().startsWith("Novell (their edit)") && r.getText().contains("March 2012")),
                    "its membership is back");

            // Import a CSV file, which makes an organization twice under two spellings.
            Path csv = upload.resolve("organizations.csv");
            Files.writeString(csv, "slug,name,kind\nimported-in-browser,Imported In Browser,foundation\n"
                    + "imported-twice,IMPORTED-IN-BROWSER,foundation\n");
            Chromium.clickAndWait(browser, browser.findElement(By.linkText("Import")));
            Chromium.accessibilityViolations(browser).forEach(v -> violations.add("import " + v));
            browser.findElement(By.cssSelector("input[value=ORGANIZATIONS]")).click();
            browser.findElement(By.id("f-file")).sendKeys(csv.toAbsolutePath().toString());
            Chromium.clickAndWait(browser, browser.findElement(By.cssSelector("form.edit-form button[type=submit]")));
            assertEquals("The import will create 2, update 0 and leave 0 unchanged.",
                    browser.findElement(By.cssSelector("p.summary")).getText());
            Chromium.tables(browser).problems().forEach(v -> violations.add("import preview " + v));
            Chromium.accessibilityViolations(browser).forEach(v -> violations.add("import preview " + v));
            List<String> warnings = browser.findElements(By.cssSelector("table.import-warnings tbody tr")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).contains("IMPORTED-IN-BROWSER may be Imported In Browser"
                    + " (imported-in-browser, line 2)"), "the preview warns of the second spelling: " + warnings);
            Chromium.clickAndWait(browser, browser.findElement(By.xpath("//button[text()='Apply the import']")));
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(d -> !d.findElements(By.cssSelector(".flash")).isEmpty());
            assertTrue(flash(browser).startsWith("Imported: created 2"), flash(browser));

            // The list of possible duplicates finds the second spelling, and merges it into the first.
            browser.get(url("/organizations"));
            Chromium.clickAndWait(browser, browser.findElement(By.linkText("Possible duplicates")));
            Chromium.accessibilityViolations(browser).forEach(v -> violations.add("duplicates " + v));
            WebElement twice = browser.findElements(By.cssSelector("section.duplicates li")).stream()
                    .filter(li -> li.getText().startsWith("IMPORTED-IN-BROWSER")).findFirst().orElseThrow();
            Chromium.clickAndWait(browser, twice.findElement(By.cssSelector("a.merge-link")));
            assertEquals("Imported In Browser (imported-in-browser)",
                    browser.findElement(By.id("f-into")).getAttribute("value"));
            Chromium.accessibilityViolations(browser).forEach(v -> violations.add("merge " + v));
            browser.findElement(By.id("f-keepName")).click(); // a misspelling: not worth keeping as a former name
            Chromium.clickAndWait(browser, browser.findElement(By.cssSelector("form.edit-form button[type=submit]")));
            assertTrue(flash(browser).startsWith("Merged IMPORTED-IN-BROWSER into Imported In Browser"),
                    flash(browser));
            browser.get(url("/organizations/imported-twice"));
            assertTrue(browser.getCurrentUrl().endsWith("/organizations/imported-in-browser"), "its address leads on");
            assertEquals("Imported In Browser", browser.findElement(By.tagName("h1")).getText());
            assertTrue(browser.findElements(By.xpath("//dt[text()='Former names']")).isEmpty());
            Chromium.screenshot(browser, "manager-organization");

            // Reverting its creation deletes it, after a page that says so and lists what would go with it.
            Chromium.clickAndWait(browser, browser.findElement(By.linkText("History")));
            List<WebElement> creations = browser.findElements(By.cssSelector("a.revert-creation"));
            Chromium.clickAndWait(browser, creations.get(creations.size() - 1));
            assertTrue(browser.findElement(By.tagName("h1")).getText()
                    .endsWith(": delete the organization Imported In Browser?"), browser.getTitle());
            Chromium.accessibilityViolations(browser).forEach(v -> violations.add("revert a creation " + v));
            Chromium.clickAndWait(browser, browser.findElement(By.cssSelector("button.danger")));
            assertTrue(flash(browser).matches("Reverted change \\d+: deleted the organization Imported In Browser"
                    + " it created\\..*"), flash(browser));
            assertEquals(404, Browser.visitor().get("/organizations/imported-in-browser").statusCode());
            // Chrome logs the status of every document; the re-shown form (422) and the conflict page (409) carry
            // theirs on purpose. Any other message, a script error or a blocked resource, fails the journey.
            assertEquals(List.of(), Chromium.consoleErrors(browser).stream()
                    .filter(m -> !m.matches(".*/edit/membership/new - Failed to load resource: .*status of 422.*")
                            && !m.matches(".*/edit/organization/\\d+ - Failed to load resource: .*status of 409.*"))
                    .toList());
        } finally {
            browser.quit();
            if (other != null) {
                other.quit();
            }
        }
        assertEquals(List.of(), violations, "managers' pages have no accessibility violations");
    }
}
