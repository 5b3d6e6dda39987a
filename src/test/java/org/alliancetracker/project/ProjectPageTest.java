package org.alliancetracker.project;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.alliancetracker.testing.GeneratedData;
import org.alliancetracker.testing.Pages;

@QuarkusTest
class ProjectPageTest {

    private static List<String> organizationsIn(Document page, String headingId) {
        return page.select("#" + headingId + " + ul a[href^=/organizations/]").eachText();
    }

    @Test
    void xenShowsWhoLeftForKvm() {
        Document page = Pages.get("/projects/xen");
        assertEquals(List.of("Red Hat", "Hewlett-Packard", "IBM", "Intel", "AMD"), organizationsIn(page, "left-heading"));
        assertTrue(page.select("#came-heading + p").text().contains("No recorded moves to Xen"));
    }

    @Test
    void kvmShowsWhoCameFromXen() {
        Document page = Pages.get("/projects/kvm");
        assertEquals(List.of("Red Hat", "Hewlett-Packard", "IBM", "Intel", "AMD"), organizationsIn(page, "came-heading"));
        assertEquals(List.of("Open Virtualization Alliance"), page.select(".facts a[href^=/alliances/]").eachText());
    }

    @Test
    void xenListsItsBackersOverTimeWithRolesAndDates() {
        Document page = Pages.get("/projects/xen");
        Element citrix = page.select("#backers-heading ~ .table-scroll tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals("Citrix Systems")).findFirst().orElseThrow();
        assertEquals("Owner", citrix.select("td").get(0).text());
        assertEquals("15 August 2007", citrix.select("td").get(1).text());
        assertEquals("—", citrix.select("td").get(2).text());
    }

    private static List<String> backers(Document page) {
        return page.select("#backers-heading ~ .table-scroll tbody th a").eachText();
    }

    @Test
    void backersOnADateAreThoseBackingItOnItsLastDay() {
        Document xen = Pages.get("/projects/xen?at=2012");
        assertEquals("Backers on 2012", xen.selectFirst("#backers-heading").text());
        assertTrue(xen.title().startsWith("Xen, backers on 2012"), xen.title());
        assertEquals("2012", xen.selectFirst("form.at-form input#at").val(), "the form keeps the date");
        List<String> names = backers(xen);
        assertTrue(names.contains("Citrix Systems"), names.toString());
        assertFalse(names.contains("IBM"), "IBM moved to KVM in May 2011");
        assertEquals(Set.copyOf(given().get("/api/v1/projects/xen/backers?at=2012").jsonPath()
                .<String>getList("items.name")), Set.copyOf(names), "the page and the API agree");
        assertTrue(backers(Pages.get("/projects/xen?at=2011-04")).contains("IBM"));
        assertEquals(List.of("Qumranet"), backers(Pages.get("/projects/kvm?at=2005")),
                "a backing whose start is not given counts as started");
        assertEquals("/projects/xen", xen.selectFirst(".at-form a").attr("href"), "a link back to every backer");
    }

    @Test
    void theListOfEveryBackerSaysHowManyBackItTodayAndLinksToThem() {
        Element kvmOnHome = Pages.get("/").select(".card").stream()
                .filter(card -> card.selectFirst("a").text().equals("KVM")).findFirst().orElseThrow();
        Element today = Pages.get("/projects/kvm").selectFirst("a.backers-today");
        assertTrue(kvmOnHome.text().endsWith(today.text()), "as the home page counts them: " + kvmOnHome.text());
        assertEquals("/projects/kvm?at=" + LocalDate.now(), today.attr("href"));
        Document onToday = Pages.get(today.attr("href"));
        assertEquals(Integer.parseInt(today.text().split(" ")[0]), Set.copyOf(backers(onToday)).size());
        assertTrue(onToday.select("a.backers-today").isEmpty(), "a list on a date needs no such link");
    }

    @Test
    void aDateBeforeEveryBackingSaysSo() {
        try (GeneratedData data = GeneratedData.allianceWithMembers(2)) {
            String address = "/projects/" + data.project.slug;
            assertFalse(backers(Pages.get(address)).isEmpty());
            Document before = Pages.get(address + "?at=1999");
            assertEquals(List.of(), backers(before));
            String said = before.selectFirst("#backers-heading ~ form + p").text();
            assertTrue(said.startsWith("No backers on this date. Follow the changes"), said);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2011-13", "June", "<script>"})
    void aMalformedDateReShowsEveryBackerWithTheDateAsTypedAndTheErrorBesideIt(String at) {
        Document page = Pages.get("/projects/kvm?at=" + at, 400);
        Element field = page.selectFirst("form.at-form input#at");
        assertEquals(at, field.val());
        assertEquals("true", field.attr("aria-invalid"));
        assertTrue(page.selectFirst("#at-error").text().contains("2011-05"), page.selectFirst("#at-error").text());
        assertEquals(backers(Pages.get("/projects/kvm")), backers(page), "every backer, as without a date");
    }

    @Test
    void theFormsEmptyDateIsRedirectedToTheShortAddress() {
        given().redirects().follow(false).get("/projects/kvm?at=").then().statusCode(302)
                .header("Location", endsWith("/projects/kvm")).header("Cache-Control", "no-store");
        given().redirects().follow(false).get("/projects/kvm?at=2011").then().statusCode(200);
    }

    @Test
    void theListShowsLicences() {
        Document page = Pages.get("/projects");
        Element esx = page.select("tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals("VMware ESX")).findFirst().orElseThrow();
        assertEquals("Proprietary", esx.selectFirst("td").text());
        assertEquals("Compare projects' backers over time", page.selectFirst("a[href=/timelines/compare]").text());
    }
}
