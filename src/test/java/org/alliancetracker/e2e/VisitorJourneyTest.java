package org.alliancetracker.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/** A visitor browses as a person would, in a real browser, with and without JavaScript. */
@QuarkusTest
class VisitorJourneyTest {

    @TestHTTPResource("/")
    URL base;

    @ParameterizedTest(name = "JavaScript {0}")
    @ValueSource(booleans = {true, false})
    void homeAllianceDateTimelineOrganization(boolean javascript) {
        ChromeDriver browser = Chromium.start(javascript, 1280);
        List<String> errors = new ArrayList<>();
        try {
            browser.get(base.toString());
            assertEquals("Industry alliances and the projects they back",
                    browser.findElement(By.tagName("h1")).getText());
            errors.addAll(Chromium.consoleErrors(browser));

            Chromium.clickAndWait(browser, browser.findElement(By.linkText("Open Virtualization Alliance")));
            assertEquals("Open Virtualization Alliance (OVA)", browser.findElement(By.tagName("h1")).getText());
            errors.addAll(Chromium.consoleErrors(browser));

            browser.findElement(By.id("at")).sendKeys("2011-06");
            Chromium.clickAndWait(browser, browser.findElement(By.cssSelector(".at-form button")));
            assertEquals("Members on June 2011", browser.findElement(By.id("members-heading")).getText());
            assertTrue(browser.getCurrentUrl().endsWith("?at=2011-06"), "the date is in a shareable address");
            assertEquals(7, browser.findElements(By.cssSelector("table.members tbody tr")).size());
            errors.addAll(Chromium.consoleErrors(browser));

            Chromium.clickAndWait(browser, browser.findElement(By.linkText("Organization")));
            assertTrue(browser.getCurrentUrl().endsWith("?at=2011-06&sort=name"), browser.getCurrentUrl());
            Chromium.clickAndWait(browser, browser.findElement(By.linkText("Organization")));
            assertEquals("descending", browser.findElement(By.cssSelector("th[aria-sort]")).getAttribute("aria-sort"));
            assertEquals("SUSE", firstMember(browser), "a second click turns the order round");
            new Select(browser.findElement(By.id("sort"))).selectByVisibleText("Joined, earliest first");
            Chromium.clickAndWait(browser, browser.findElement(By.cssSelector(".at-form button")));
            assertTrue(browser.getCurrentUrl().endsWith("?at=2011-06"),
                    "the list's own order leaves the address short");
            assertEquals("BMC Software", firstMember(browser));
            errors.addAll(Chromium.consoleErrors(browser));

            Chromium.clickAndWait(browser, browser.findElement(By.partialLinkText("Timeline")));
            assertEquals(2, browser.findElements(By.cssSelector("figure.chart svg")).stream()
                    .filter(WebElement::isDisplayed).count(), "one drawing of each chart is shown");
            assertTrue(browser.findElements(By.cssSelector("figure.chart svg g.bar rect")).stream()
                    .anyMatch(WebElement::isDisplayed));
            errors.addAll(Chromium.consoleErrors(browser));

            Chromium.clickAndWait(browser,
                    browser.findElement(By.cssSelector("#members-data a[href='/organizations/ibm']")));
            assertEquals("IBM", browser.findElement(By.tagName("h1")).getText());
            assertTrue(browser.findElement(By.cssSelector("li.move")).getText().contains("moved from Xen"));
            errors.addAll(Chromium.consoleErrors(browser));

            browser.findElement(By.id("site-search-q")).sendKeys("red");
            Chromium.clickAndWait(browser, browser.findElement(By.cssSelector("form.site-search button")));
            assertFalse(browser.findElements(By.linkText("Red Hat")).isEmpty());
            errors.addAll(Chromium.consoleErrors(browser));
        } finally {
            browser.quit();
        }
        assertEquals(List.of(), errors, "no console errors on any page");
    }

    @ParameterizedTest(name = "JavaScript {0}")
    @ValueSource(booleans = {true, false})
    void organizationsAndProjectsSortedThenOneProjectsBackersOnADateAndItsTimeline(boolean javascript) {
        ChromeDriver browser = Chromium.start(javascript, 1280);
        List<String> errors = new ArrayList<>();
        try {
            browser.get(base + "organizations");
            new Select(browser.findElement(By.id("sort"))).selectByVisibleText("Projects backed, most first");
            Chromium.clickAndWait(browser, browser.findElement(By.cssSelector(".at-form button")));
            assertTrue(browser.getCurrentUrl().endsWith("/organizations?sort=-projects"), browser.getCurrentUrl());
            assertEquals("Citrix Systems Company · backed 3 projects",
                    browser.findElement(By.cssSelector(".name-list li")).getText());
            errors.addAll(Chromium.consoleErrors(browser));

            Chromium.clickAndWait(browser, browser.findElement(By.linkText("Projects")));
            Chromium.clickAndWait(browser, browser.findElement(By.linkText("Backers today")));
            assertTrue(browser.getCurrentUrl().endsWith("/projects?sort=-today"), browser.getCurrentUrl());
            assertEquals("descending", browser.findElement(By.cssSelector("th[aria-sort]")).getAttribute("aria-sort"));
            assertEquals(List.of("KVM", "Virtual Hard Disk (VHD)", "Xen"), firstRows(browser, 3),
                    "the most backed project first, then two of two backers each by name");
            errors.addAll(Chromium.consoleErrors(browser));

            Chromium.clickAndWait(browser, browser.findElement(By.linkText("KVM")));
            browser.findElement(By.id("at")).sendKeys("2011-06");
            new Select(browser.findElement(By.id("sort"))).selectByVisibleText("Name, Z to A");
            Chromium.clickAndWait(browser, browser.findElement(By.cssSelector(".at-form button")));
            assertTrue(browser.getCurrentUrl().endsWith("/projects/kvm?at=2011-06&sort=-name"),
                    browser.getCurrentUrl());
            assertEquals("Backers on June 2011", browser.findElement(By.id("backers-heading")).getText());
            assertEquals(List.of("SUSE", "Red Hat", "Red Hat"), firstRows(browser, 3));
            errors.addAll(Chromium.consoleErrors(browser));

            Chromium.clickAndWait(browser, browser.findElement(By.linkText("Organization")));
            assertTrue(browser.getCurrentUrl().endsWith("?at=2011-06&sort=name"), "a heading keeps the date");
            assertEquals(List.of("Hewlett-Packard", "IBM", "Intel"), firstRows(browser, 3));
            new Select(browser.findElement(By.id("sort"))).selectByVisibleText("From, earliest first");
            Chromium.clickAndWait(browser, browser.findElement(By.cssSelector(".at-form button")));
            assertTrue(browser.getCurrentUrl().endsWith("/projects/kvm?at=2011-06"),
                    "the default order leaves it short");
            assertEquals("2011-06", browser.findElement(By.id("at")).getAttribute("value"));
            errors.addAll(Chromium.consoleErrors(browser));

            Chromium.clickAndWait(browser, browser.findElement(By.linkText("Timeline of KVM")));
            browser.findElement(By.id("from")).sendKeys("2011");
            browser.findElement(By.id("to")).sendKeys("2012");
            Chromium.clickAndWait(browser, browser.findElement(By.cssSelector(".filter-form button")));
            assertTrue(browser.getCurrentUrl().endsWith("/timelines/projects/kvm?from=2011&to=2012"),
                    browser.getCurrentUrl());
            assertEquals(7, browser.findElements(By.cssSelector("#backers-data tbody tr")).size(),
                    "the backings in effect in 2011 or 2012");
            assertEquals(2, browser.findElements(By.cssSelector("figure.chart")).size());
            Chromium.clickAndWait(browser, browser.findElement(By.linkText("Compare KVM's backers with Xen's")));
            assertEquals("KVM vs Xen", browser.findElement(By.tagName("h1")).getText());
            errors.addAll(Chromium.consoleErrors(browser));
        } finally {
            browser.quit();
        }
        assertEquals(List.of(), errors, "no console errors on any page");
    }

    private static List<String> firstRows(ChromeDriver browser, int count) {
        return browser.findElements(By.cssSelector("table tbody th a")).stream().limit(count)
                .map(WebElement::getText).toList();
    }

    private static String firstMember(ChromeDriver browser) {
        return browser.findElement(By.cssSelector("table.members tbody th a")).getText();
    }
}
