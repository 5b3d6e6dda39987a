package org.alliancetracker.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.alliancetracker.testing.Pages;

/**
 * A page's address shared in a chat or a social network shows as a preview with the page's own title and
 * description (Open Graph and Twitter card tags), at the address as the visitor's host gives it.
 */
@QuarkusTest
class LinkPreviewTest {

    private static String meta(Document page, String attribute, String name) {
        return page.selectFirst("meta[" + attribute + "=" + name + "]").attr("content");
    }

    @Test
    void aRecordsPageDescribesItselfForLinkPreviews() {
        Document page = Pages.get("/alliances/open-virtualization-alliance?at=2011-06");
        assertEquals("Open Virtualization Alliance on June 2011", meta(page, "property", "og:title"));
        assertEquals(page.title(), meta(page, "property", "og:title") + " · Alliance Tracker");
        assertEquals(page.selectFirst("meta[name=description]").attr("content"),
                meta(page, "property", "og:description"));
        assertEquals("Members of Open Virtualization Alliance, when each joined and left, with sources.",
                meta(page, "property", "og:description"));
        assertEquals("Alliance Tracker", meta(page, "property", "og:site_name"));
        assertEquals("website", meta(page, "property", "og:type"));
        assertEquals("summary", meta(page, "name", "twitter:card"));
        assertEquals("http://tracker.example:8081/alliances/open-virtualization-alliance?at=2011-06",
                meta(Jsoup.parse(given().header("Host", "tracker.example:8081").accept("text/html")
                        .get("/alliances/open-virtualization-alliance?at=2011-06").then().statusCode(200).extract()
                        .asString()), "property", "og:url"), "the address at the host the visitor asked");
    }

    @Test
    void everyPageHasATitleForPreviewsAndPagesWithoutADescriptionTheSitesOwn() {
        Document home = Pages.get("/");
        assertEquals("Industry alliances and the projects they back", meta(home, "property", "og:title"));
        assertEquals(home.selectFirst("meta[name=description]").attr("content"),
                meta(home, "property", "og:description"));
    }

    @Test
    void anErrorPageOffersNoPreview() {
        assertNull(Pages.get("/alliances/nope", 404).selectFirst("meta[property=og:title]"));
    }
}
