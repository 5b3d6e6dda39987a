package org.alliancetracker.sitemap;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.alliancetracker.source.Source;

/** robots.txt keeps crawlers out of what needs a login; the sitemap lists the public page of every record. */
@QuarkusTest
class SitemapTest {

    /** The addresses a sitemap file lists: its urls', or an index's sitemaps'. */
    static List<String> locations(String path) {
        Response response = given().get(path);
        assertEquals(200, response.statusCode(), path);
        assertEquals("application/xml", response.contentType().split(";")[0], path);
        return Jsoup.parse(response.asString(), "", Parser.xmlParser()).select("loc").eachText();
    }

    /** The path of an absolute address of this site, checking that it is one. */
    static String pathOf(String address) {
        String base = RestAssured.baseURI + ":" + RestAssured.port + "/";
        assertTrue(address.startsWith(base), address + " is an address of " + base);
        return address.substring(base.length() - 1);
    }

    @Test
    void robotsKeepCrawlersOutOfWhatNeedsALoginAndNameTheSitemap() {
        Response robots = given().get("/robots.txt");
        assertEquals(200, robots.statusCode());
        assertEquals("text/plain", robots.contentType().split(";")[0]);
        List<String> lines = robots.asString().lines().toList();
        assertTrue(lines.contains("User-agent: *"), lines.toString());
        for (String path : List.of("/edit/", "/login", "/history", "/import", "/api/v1/records", "/search")) {
            assertTrue(lines.contains("Disallow: " + path), path + " in " + lines);
        }
        assertTrue(lines.contains("Disallow: /alliances/*sort="), "a member list in another order repeats the page");
        assertTrue(lines.contains("Disallow: /projects/*sort="), "so does a list of backers");
        assertTrue(lines.contains("Disallow: /alliances?sort="), "and the list of alliances");
        assertTrue(lines.contains("Disallow: /projects?sort="), "and the list of projects");
        assertTrue(lines.contains("Disallow: /organizations?*sort="), "and the list of organizations, of any kind");
        String sitemap = lines.stream().filter(l -> l.startsWith("Sitemap: ")).findFirst().orElseThrow().substring(9);
        assertEquals("/sitemap.xml", pathOf(sitemap));
    }

    @Test
    void theSitemapListsThePublicPageOfEveryRecord() {
        List<String> parts = locations("/sitemap.xml").stream().map(SitemapTest::pathOf).toList();
        assertEquals("/sitemaps/pages.xml", parts.get(0));
        for (String kind : List.of("alliances", "timelines", "projects", "project-timelines", "organizations",
                "sources")) {
            assertTrue(parts.contains("/sitemaps/" + kind + "-1.xml"), parts.toString());
        }
        List<String> pages = new ArrayList<>();
        parts.forEach(part -> locations(part).forEach(address -> pages.add(pathOf(address))));
        long source = QuarkusTransaction.requiringNew().call(() -> Source.<Source>findAll().firstResult().id);
        for (String page : List.of("/", "/alliances", "/alliances/open-virtualization-alliance",
                "/timelines/alliances/open-virtualization-alliance", "/organizations/ibm", "/organizations/red-hat",
                "/projects/kvm", "/timelines/projects/kvm", "/sources/" + source)) {
            assertTrue(pages.contains(page), page + " is in the sitemap");
        }
        assertEquals(pages.size(), pages.stream().distinct().count(), "no page twice");
        assertFalse(pages.stream().anyMatch(p -> p.startsWith("/edit") || p.startsWith("/history")), pages.toString());
        // Each listed page is there for a visitor.
        for (String page : List.of("/organizations/ibm", "/sources/" + source, pages.get(pages.size() - 1))) {
            assertEquals(200, given().get(page).statusCode(), page);
        }
    }

    /**
     * Absolute addresses are made from the Host header: a malformed one is refused with a problem document before
     * any page is made, never a 500, a stack trace or the header echoed back.
     */
    @ParameterizedTest
    @ValueSource(strings = {"bad host", "[::1", "example.org:notaport", "example.org:99999", "ex\u00e4mple.org",
            "a@b", "example.org/path", "example.org\"><x"})
    void aMalformedHostNeverBreaksAnAbsoluteAddress(String host) {
        for (String path : List.of("/robots.txt", "/sitemap.xml", "/sitemaps/pages.xml", "/feed.atom", "/feed.json",
                "/api/v1/organizations?limit=1")) {
            Response response = given().header("Host", host).get(path);
            String body = response.asString();
            String what = path + " with Host " + host + ": " + response.statusCode() + " " + body;
            assertTrue(response.statusCode() == 200 || response.statusCode() == 400, what);
            if (response.statusCode() == 400) {
                assertEquals("application/problem+json", response.contentType(), what);
                assertEquals(400, response.jsonPath().getInt("status"), what);
            }
            assertFalse(body.contains("Exception") || body.contains("\"><x") || body.contains("Vertx"), what);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/sitemaps/organizations-0.xml", "/sitemaps/organizations-x.xml",
            "/sitemaps/organizations-999999.xml", "/sitemaps/organizations-9999999999.xml", "/sitemaps/other.xml",
            "/sitemaps/sources-0.xml", "/sitemaps/sources-01.xml", "/sitemaps/sources-2.xml", "/sitemaps/sources-.xml",
            "/sitemaps/alliances-2.xml", "/sitemaps/members-1.xml", "/sitemaps/Alliances-1.xml",
            "/sitemaps/pages-1.xml"})
    void aPartThatIsNotThereIsA404(String path) {
        assertEquals(404, given().get(path).statusCode());
    }
}
