package org.alliancetracker.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.alliancetracker.account.Role;
import org.alliancetracker.testing.Browser;

/**
 * An address typed by hand with a slug no record has (the demo story's names): the 404 page offers the records whose
 * names are close, at the address that was meant, and a search for the text.
 */
@QuarkusTest
class NearMissPageTest {

    @Test
    void anAbbreviationOffersTheAlliance() {
        // Other tests' records may hold the text too; the demo story's come first, as the closest.
        Document page = notFound("/alliances/ova");
        assertEquals("/alliances/open-virtualization-alliance", offered(page).get(0));
        assertEquals("Open Virtualization Alliance", page.selectFirst(".near-misses a").text());
        assertEquals("/search?q=ova", page.selectFirst("a.search-for").attr("href"));
    }

    @Test
    void aNameWrittenWithoutItsSpaceKeepsTheRestOfTheAddress() {
        Document page = notFound("/timelines/organizations/redhat");
        assertEquals("/timelines/organizations/red-hat", offered(page).get(0));
        Document embed = notFound("/embed/alliances/open-virtualization/swimlanes");
        assertTrue(offered(embed).contains("/embed/alliances/open-virtualization-alliance/swimlanes"),
                offered(embed).toString());
        assertEquals("/timelines/projects/kvm", offered(notFound("/timelines/projects/kv")).get(0));
    }

    @Test
    void aRecordOfAnotherKindIsOfferedAtItsOwnPageAndSaysWhatItIs() {
        Document page = notFound("/organizations/kvm");
        Element kvm = page.selectFirst(".near-misses li:has(a[href=/projects/kvm])");
        assertNotNull(kvm, offered(page).toString());
        assertEquals("KVM (project)", kvm.text());
    }

    @Test
    void recordsOfTheKindAskedForComeFirst() {
        // "xen" is in the project Xen and Citrix XenServer, and in the organization XenSource.
        Document page = notFound("/organizations/xen");
        List<String> offered = offered(page);
        assertEquals("/organizations/xensource", offered.get(0), offered.toString());
        assertTrue(offered.containsAll(List.of("/projects/xen", "/projects/xenserver")), offered.toString());
    }

    @Test
    void aMisspeltNameOffersTheRecordsItMayBeAMisspellingOf() {
        Document page = notFound("/organizations/qumranett");
        assertEquals("/organizations/qumranet", offered(page).get(0), offered(page).toString());
        assertEquals("Qumranet", page.selectFirst(".near-misses a").text());
        assertEquals("/search?q=qumranett", page.selectFirst("a.search-for").attr("href"));

        // One letter from Xen, XenServer's first word and XenSource: the projects first, the closest in length first.
        List<String> xen = offered(notFound("/timelines/projects/xenn"));
        assertEquals(List.of("/timelines/projects/xen", "/timelines/projects/xenserver"), xen.subList(0, 2));
        assertTrue(xen.contains("/organizations/xensource"), xen.toString());
    }

    @Test
    void aShortMisspellingOffersNothingAsTooManyNamesWouldBeClose() {
        assertNull(notFound("/projects/kvn").selectFirst(".near-misses"));
    }

    @Test
    void nothingCloseOffersOnlyTheSearch() {
        Document page = notFound("/projects/no-such-thing-at-all");
        assertNull(page.selectFirst(".near-misses"));
        assertEquals("/search?q=no-such-thing-at-all", page.selectFirst("a.search-for").attr("href"));
    }

    @Test
    void aTextTooLongToSearchOffersNothing() {
        Document page = notFound("/projects/" + "kvm".repeat(40));
        assertNull(page.selectFirst(".near-misses"));
        assertNull(page.selectFirst("a.search-for"));
    }

    @Test
    void anEditorsAddressByIdOffersNoPublicPage() {
        Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
        Response response = editor.get("/edit/organization/987654");
        assertEquals(404, response.statusCode());
        assertNull(Jsoup.parse(response.asString()).selectFirst(".near-misses"));
    }

    @Test
    void theApiAnswersTheSameProblemAsBefore() {
        Response response = given().accept("application/json").get("/api/v1/alliances/ova");
        assertEquals(404, response.statusCode());
        assertEquals(ErrorPages.PROBLEM_JSON, response.contentType());
        assertEquals("There is no alliance called 'ova'.", response.jsonPath().getString("detail"));
    }

    private static Document notFound(String path) {
        Response response = given().accept("text/html").redirects().follow(false).get(path);
        assertEquals(404, response.statusCode(), path);
        return Jsoup.parse(response.asString());
    }

    private static List<String> offered(Document page) {
        Element list = page.selectFirst(".near-misses");
        return list == null ? List.of() : list.select("a").eachAttr("href");
    }
}
