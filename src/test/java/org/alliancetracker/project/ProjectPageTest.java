package org.alliancetracker.project;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.alliancetracker.testing.GeneratedData;
import org.alliancetracker.testing.NamesToSort;
import org.alliancetracker.testing.Pages;

@QuarkusTest
class ProjectPageTest {

    private static final String XEN = "/projects/xen";

    private static List<String> organizationsIn(Document page, String headingId) {
        return page.select("#" + headingId + " + ul a[href^=/organizations/]").eachText();
    }

    @Test
    void xenShowsWhoLeftForKvm() {
        Document page = Pages.get("/projects/xen");
        assertEquals(List.of("Red Hat", "Hewlett-Packard", "IBM", "Intel", "AMD"),
                organizationsIn(page, "left-heading"));
        assertTrue(page.select("#came-heading + p").text().contains("No recorded moves to Xen"));
    }

    @Test
    void kvmShowsWhoCameFromXen() {
        Document page = Pages.get("/projects/kvm");
        assertEquals(List.of("Red Hat", "Hewlett-Packard", "IBM", "Intel", "AMD"),
                organizationsIn(page, "came-heading"));
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
    void backersGoByNameAlikeWhetherTheDatabaseOrThePageSortsThem() {
        try (GeneratedData data = GeneratedData.allianceWithMembersNamed(NamesToSort.AS_MADE)) {
            // Every backer has backed it from the same month.
            NamesToSort.assertListedInOrder(data.prefix, "/projects/" + data.project.slug, ProjectPageTest::backers);
        }
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
    void aCompanyBoughtStopsBackingItsProjectOnTheDayItsBuyerTakesItOver() {
        for (String[] purchase : new String[][] {{"xensource", "xen"}, {"qumranet", "kvm"}}) {
            JsonPath bought = given().get("/api/v1/organizations/" + purchase[0]).jsonPath();
            String buyer = bought.getString("ownership[0].acquirer");
            String day = bought.getString("ownership[0].date");
            assertEquals(List.of(day), bought.getList("backings.until"), purchase[0] + "'s backing ends that day");
            assertTrue(bought.getList("backings[0].sources").containsAll(bought.getList("ownership[0].sources")),
                    "and cites the acquisition's sources");
            assertEquals(day, given().get("/api/v1/organizations/" + buyer).jsonPath()
                    .getString("backings.find { it.project == '" + purchase[1] + "' && it.role == 'OWNER' }.since"),
                    "the buyer's begins");
            List<String> today = given().get("/api/v1/projects/" + purchase[1] + "/backers?at=" + LocalDate.now())
                    .jsonPath().getList("items.organization");
            assertTrue(today.contains(buyer) && !today.contains(purchase[0]), today.toString());
        }
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
    void theBackersSortByNameStartOrEndEitherWay() {
        assertEquals(List.of("AMD", "Citrix Systems", "Hewlett-Packard", "IBM", "Intel", "Novell", "Red Hat",
                "XenSource"), backers(Pages.get(XEN + "?sort=name")));
        assertEquals(List.of("XenSource", "Red Hat", "Novell", "Intel", "IBM", "Hewlett-Packard", "Citrix Systems",
                "AMD"), backers(Pages.get(XEN + "?sort=-name")));
        // XenSource left when Citrix bought it in 2007, Red Hat in 2010; AMD's end is known to the year 2011 only, so
        // after those of May 2011.
        assertEquals(List.of("XenSource", "Red Hat", "Hewlett-Packard", "IBM", "Intel", "AMD", "Citrix Systems",
                "Novell"), backers(Pages.get(XEN + "?sort=to")), "those who left first, then the backers still");
        assertEquals(List.of("Citrix Systems", "Novell", "AMD", "Hewlett-Packard", "IBM", "Intel", "Red Hat",
                "XenSource"), backers(Pages.get(XEN + "?sort=-to")), "the backers still first, then who left last");
        assertEquals(List.of("Citrix Systems", "AMD", "Hewlett-Packard", "IBM", "Intel", "Novell", "Red Hat",
                "XenSource"), backers(Pages.get(XEN + "?sort=-from")), "a start not given sorts as the earliest");
        assertEquals(List.of("Citrix Systems", "Novell"), backers(Pages.get(XEN + "?at=2012&sort=name")),
                "the order applies to the backers of a date");
        try (GeneratedData data = GeneratedData.allianceWithMembers(5)) {
            String address = "/projects/" + data.project.slug;
            // Organization i began backing the project in 2000 + i.
            assertEquals(List.of("0", "1", "2", "3", "4"), backerNumbers(Pages.get(address)));
            assertEquals(List.of("4", "3", "2", "1", "0"), backerNumbers(Pages.get(address + "?sort=-from")));
        }
    }

    private static List<String> backerNumbers(Document page) {
        return backers(page).stream().map(name -> name.substring(name.lastIndexOf(' ') + 1)).toList();
    }

    private static Element heading(Document page, String name) {
        return Pages.columnHeading(page, "#backers-heading ~ .table-scroll table", name);
    }

    @Test
    void eachSortableHeadingSaysWhetherItSortsTheBackersAndLinksToItsOrderKeepingTheDate() {
        Document byStart = Pages.get(XEN);
        assertEquals("ascending", heading(byStart, "From").attr("aria-sort"), "the list is by start");
        assertEquals(XEN + "?sort=-from", heading(byStart, "From").selectFirst("a").attr("href"),
                "the sorting heading turns the order round");
        assertEquals(XEN + "?sort=name", heading(byStart, "Organization").selectFirst("a").attr("href"));
        assertEquals(XEN + "?sort=to", heading(byStart, "To").selectFirst("a").attr("href"));
        assertFalse(heading(byStart, "Organization").hasAttr("aria-sort"));
        assertTrue(heading(byStart, "Role").select("a").isEmpty(), "only names and dates sort");

        Document byEnd = Pages.get(XEN + "?at=2011&sort=-to");
        assertEquals("descending", heading(byEnd, "To").attr("aria-sort"));
        assertFalse(heading(byEnd, "From").hasAttr("aria-sort"));
        assertEquals(XEN + "?at=2011&sort=to", heading(byEnd, "To").selectFirst("a").attr("href"));
        assertEquals(XEN + "?at=2011", heading(byEnd, "From").selectFirst("a").attr("href"),
                "start first is the list's own order");
        assertEquals("-to", byEnd.selectFirst("select#sort option[selected]").val(), "the form keeps the order");
        assertEquals(XEN + "?sort=-to", byEnd.selectFirst(".at-form a").attr("href"),
                "every backer again, in the same order");
        assertEquals(XEN + "?at=" + LocalDate.now() + "&sort=name",
                Pages.get(XEN + "?sort=name").selectFirst("a.backers-today").attr("href"),
                "today's, in the same order");
    }

    @Test
    void anOrderTheListDoesNotOfferReShowsItByStartWithTheErrorBesideTheOrderField() {
        Document page = Pages.get(XEN + "?sort=joined&at=2012", 400);
        assertEquals("Order: Choose one of the orders in the list.", page.selectFirst("#sort-error").text());
        assertEquals("true", page.selectFirst("select#sort").attr("aria-invalid"));
        assertEquals("2012", page.selectFirst("input#at").val(), "the date as typed");
        assertEquals(backers(Pages.get(XEN + "?at=2012")), backers(page), "the backers of that date");
    }

    @Test
    void anAddressThatSaysTheSameInOtherWordsIsRedirectedToTheListsOwn() {
        Map<String, String> redirects = Map.of(
                "?at=&sort=from", "",
                "?at=2011&sort=", "?at=2011",
                "?sort=-TO", "?sort=-to",
                "?sort=name&at=2011", "?at=2011&sort=name");
        redirects.forEach((query, own) -> given().redirects().follow(false).get(XEN + query).then()
                .statusCode(302).header("Location", endsWith(XEN + own)).header("Cache-Control", "no-store"));
        given().redirects().follow(false).get(XEN + "?at=2011&sort=name").then().statusCode(200);
        given().redirects().follow(false).get(XEN + "?sort=from&utm_source=newsletter").then().statusCode(200);
    }

    @Test
    void theBackersDownloadAsCsvAndJsonAsThePageListsThem() throws IOException {
        Document page = Pages.get(XEN + "?at=2012&sort=-name");
        assertEquals(XEN + "/backers.csv?at=2012&sort=-name", page.selectFirst("a[href*=backers.csv]").attr("href"));
        assertEquals(XEN + "/backers.json?at=2012&sort=-name", page.selectFirst("a[href*=backers.json]").attr("href"));

        Response csv = given().get(XEN + "/backers.csv?at=2012&sort=-name");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertTrue(csv.header("Content-Disposition").contains("\"xen-backers-2012.csv\""),
                csv.header("Content-Disposition"));
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.asString())).getRecords();
        assertEquals(backers(page), rows.stream().map(r -> r.get("organization_name")).toList());
        CSVRecord citrix = rows.stream().filter(r -> r.get("organization").equals("citrix")).findFirst().orElseThrow();
        assertEquals(List.of("xen", "Owner", "2007-08-15", ""),
                List.of(citrix.get("project"), citrix.get("role"), citrix.get("from"), citrix.get("to")));

        JsonPath json = given().get(XEN + "/backers.json?at=2012&sort=-name").then().statusCode(200)
                .contentType("application/json").extract().jsonPath();
        assertEquals("xen", json.getString("project"));
        assertEquals("2012", json.getString("at"));
        assertEquals(backers(page), json.getList("backers.name"));
        assertEquals(backers(Pages.get(XEN)), given().get(XEN + "/backers.json").jsonPath().getList("backers.name"),
                "every backer, in the page's own order");
        assertNull(given().get(XEN + "/backers.json").jsonPath().getString("at"));
    }

    @Test
    void aBackerExportWithADateOrAnOrderThatIsNotOneIsABadRequest() {
        given().get(XEN + "/backers.csv?at=2011-13").then().statusCode(400)
                .body(containsString("does not exist in the calendar"));
        given().get(XEN + "/backers.csv?sort=size").then().statusCode(400)
                .body(containsString("must be one of: from, -from, name, -name, to, -to."));
        given().accept("application/json").get(XEN + "/backers.json?sort=size").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("'sort' must be one of"));
        given().get("/projects/no-such-project/backers.csv").then().statusCode(404);
    }

    /** The names in the list of projects that are among {@code names}, in the list's order. */
    private static List<String> projectsAmong(Document page, Set<String> names) {
        return page.select("tbody th a").eachText().stream().filter(names::contains).toList();
    }

    @Test
    void theListOfProjectsSortsByNameOrByBackersToday() {
        try (GeneratedData small = GeneratedData.allianceWithMembers(1);
                GeneratedData large = GeneratedData.allianceWithMembers(3)) {
            // Each data set's first project has a backer per member, all backing it still; its second has none.
            String one = small.project.name;
            String three = large.project.name;
            List<String> none = Stream.of(small.secondProject.name, large.secondProject.name).sorted().toList();
            Set<String> names = Set.of(one, three, none.get(0), none.get(1));
            Document mostFirst = Pages.get("/projects?sort=-today");
            assertEquals(List.of(three, one, none.get(0), none.get(1)), projectsAmong(mostFirst, names),
                    "3, 1, then 0 backers, ties by name");
            assertEquals(List.of(none.get(0), none.get(1), one, three),
                    projectsAmong(Pages.get("/projects?sort=today"), names));
            assertEquals(Stream.of(one, three, none.get(0), none.get(1)).sorted().toList(),
                    projectsAmong(Pages.get("/projects"), names));
            assertEquals(Stream.of(one, three, none.get(0), none.get(1)).sorted(Comparator.reverseOrder()).toList(),
                    projectsAmong(Pages.get("/projects?sort=-name"), names));

            Element backersToday = mostFirst.select("thead th").last();
            assertEquals("descending", backersToday.attr("aria-sort"));
            assertEquals("/projects?sort=today", backersToday.selectFirst("a").attr("href"),
                    "a second click turns the order round");
            assertEquals("/projects", mostFirst.selectFirst("thead th a").attr("href"), "by name, the list's own");
            assertEquals("/projects?sort=-today", Pages.get("/projects").select("thead th a").last().attr("href"),
                    "a count's heading sorts most first");
            assertEquals("-today", mostFirst.selectFirst("select#sort option[selected]").val());
        }
    }

    @Test
    void anOrderTheListOfProjectsDoesNotOfferReShowsItByNameWithTheErrorBesideTheOrderField() {
        Document page = Pages.get("/projects?sort=licence", 400);
        assertEquals("Order: Choose one of the orders in the list.", page.selectFirst("#sort-error").text());
        assertEquals("true", page.selectFirst("select#sort").attr("aria-invalid"));
        assertEquals(Pages.get("/projects").select("tbody th a").eachText(), page.select("tbody th a").eachText());
        Map.of("?sort=name", "/projects", "?sort=-Today", "/projects?sort=-today")
                .forEach((query, own) -> given().redirects().follow(false).get("/projects" + query).then()
                        .statusCode(302).header("Location", endsWith(own)).header("Cache-Control", "no-store"));
    }

    @Test
    void everyProjectLinksToAComparisonWithAnotherProjectThatIsNotAnError() {
        for (String page : Pages.get("/projects").select("tbody th a").eachAttr("href")) {
            String slug = page.substring("/projects/".length());
            String compare = Pages.get(page).selectFirst("a.button-link:containsOwn(backers with another project)")
                    .attr("href");
            assertTrue(compare.matches("/timelines/compare\\?projects=" + Pattern.quote(slug) + ",[a-z0-9-]+"),
                    compare);
            Document comparison = Pages.get(compare);
            assertTrue(comparison.select(".field-error").eachText().stream().allMatch(String::isEmpty), compare);
            assertEquals(2, comparison.select("input[name=projects][checked]").size(), compare);
        }
        assertEquals("/timelines/compare?projects=kvm,xen", compareLinkOf("kvm"), "the project its backers came from");
        assertEquals("/timelines/compare?projects=xen,kvm", compareLinkOf("xen"), "the project its backers left for");
        assertEquals("/timelines/compare?projects=vhd,xenserver", compareLinkOf("vhd"),
                "no move: a project that shares a backer (Citrix; Microsoft's Hyper-V ties, and comes later by name)");
        assertEquals("/timelines/compare?projects=vmware-esx,xenserver", compareLinkOf("vmware-esx"),
                "no move and no backer shared: the first other project by name");
    }

    private static String compareLinkOf(String slug) {
        return Pages.get("/projects/" + slug).selectFirst("a.button-link:containsOwn(backers with another project)")
                .attr("href");
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
