package org.alliancetracker.web;

import static io.restassured.RestAssured.given;
import static org.alliancetracker.web.PublicCompressionTest.raw;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.alliancetracker.account.Role;
import org.alliancetracker.testing.Browser;
import org.alliancetracker.testing.GeneratedData;

/** Strong ETags from the data version, 304 answers, and caching rules per kind of resource. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpCachingTest {

    @Inject
    RepresentationCache cache;

    @Test
    void renderedAnswersMayTakeAnEighthOfTheHeapByDefault() {
        assertEquals(Math.max(2L * RepresentationCache.MAX_BODY_BYTES, Runtime.getRuntime().maxMemory() / 8),
                cache.budget());
    }

    private GeneratedData data;

    @BeforeAll
    void generate() {
        data = GeneratedData.allianceWithMembers(2);
    }

    @AfterAll
    void remove() {
        data.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/alliances/open-virtualization-alliance", "/api/v1/alliances",
            "/api/v1/changes?limit=3", "/timelines/alliances/open-virtualization-alliance/growth.svg",
            "/embed/compare?projects=xen,kvm", "/alliances/open-virtualization-alliance/members.csv",
            "/organizations.csv"})
    void everyResourceAnswersAConditionalRequestWith304(String path) {
        // Without REST Assured's own Accept-Encoding: a compressed answer's ETag is weak (PublicCompressionTest).
        Response first = raw().get(path);
        first.then().statusCode(200);
        String etag = first.header("ETag");
        assertTrue(etag.startsWith("\"") && etag.endsWith("\""), "a strong ETag: " + etag);
        String lastModified = first.header("Last-Modified");
        assertTrue(lastModified.matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT"),
                "an HTTP date, its day in two digits: " + lastModified);
        Response again = raw().header("If-None-Match", etag).get(path);
        assertEquals(304, again.statusCode());
        assertEquals(etag, again.header("ETag"));
        assertEquals(first.header("Cache-Control"), again.header("Cache-Control"));
        assertEquals("", again.asString());
        assertEquals(304, raw().header("If-None-Match", "\"other\", " + etag).get(path).statusCode());
        assertEquals(304, raw().header("If-Modified-Since", first.header("Last-Modified")).get(path).statusCode());
        assertEquals(200, raw().header("If-None-Match", "\"stale\"").get(path).statusCode());
    }

    @Test
    void datesAreWrittenInHttpsOneFormAndReadInAnyOfItsThree() {
        Instant sixth = Instant.parse("2026-12-06T15:23:53Z");
        assertEquals("Sun, 06 Dec 2026 15:23:53 GMT", HttpCaching.httpDate(sixth));
        for (String since : List.of("Sun, 06 Dec 2026 15:23:53 GMT", "Sunday, 06-Dec-26 15:23:53 GMT",
                "Sun Dec  6 15:23:53 2026", "Sun, 6 Dec 2026 15:23:53 GMT")) {
            assertTrue(HttpCaching.notModifiedSince(since, sixth), since);
            assertFalse(HttpCaching.notModifiedSince(since, sixth.plusSeconds(1)), since);
        }
        assertFalse(HttpCaching.notModifiedSince("yesterday", sixth));
    }

    @Test
    void cacheControlSuitsEachResource() {
        assertEquals("public, no-cache", given().get("/alliances").header("Cache-Control"));
        assertEquals("public, no-cache", given().get("/api/v1/projects").header("Cache-Control"));
        assertEquals("public, max-age=60",
                given().get("/timelines/alliances/open-virtualization-alliance/swimlanes.svg").header("Cache-Control"));
        Response missing = given().get("/alliances/nope");
        assertEquals("no-store", missing.header("Cache-Control"));
        assertNull(missing.header("ETag"));
    }

    @Test
    void aPublicAnswerCarriesNoCookieForASharedCacheToKeep() {
        // Fresh addresses, so that each answer is rendered now rather than served from memory.
        for (String path : new String[] {"/alliances?probe=", "/api/v1/projects?probe=", "/search?q=xen&probe="}) {
            Response fresh = raw().get(path + System.nanoTime());
            assertEquals("public, no-cache", fresh.header("Cache-Control"), path);
            assertNull(fresh.header("Set-Cookie"), path);
        }
        String loginCookie = raw().get("/login").header("Set-Cookie");
        assertTrue(loginCookie != null && loginCookie.startsWith("__Host-csrf-token="),
                "a form's page still hands out its CSRF cookie: " + loginCookie);
    }

    @Test
    void anEditChangesTheETag() {
        String path = "/organizations/" + data.organizations.get(0).slug;
        String before = given().get(path).header("ETag");
        Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
        String form = "/edit/organization/" + data.organizations.get(0).id;
        String version = editor.page(form).selectFirst("input[name=version]").val();
        assertEquals(303, editor.post(form, Map.of("version", version, "name", "Renamed for caching",
                "slug", data.organizations.get(0).slug, "kind", "COMPANY")).statusCode());
        Response after = given().header("If-None-Match", before).get(path);
        assertEquals(200, after.statusCode());
        assertNotEquals(before, after.header("ETag"));
        assertTrue(after.asString().contains("Renamed for caching"));
    }

    @Test
    void aRenderedAnswerIsServedFromMemoryUntilTheDataChanges() {
        String path = "/timelines/alliances/" + data.alliance.slug;
        Response first = given().get(path);
        Response second = given().get(path);
        assertEquals("hit", second.header("X-Cache"));
        assertEquals(first.asString(), second.asString());
        assertEquals(first.header("ETag"), second.header("ETag"));
        assertEquals(first.contentType(), second.contentType());
        Response missing = given().get("/alliances/" + data.prefix + "-missing");
        assertEquals(404, missing.statusCode());
        assertNull(given().get("/alliances/" + data.prefix + "-missing").header("X-Cache"), "errors are not kept");
    }

    @Test
    void aCachedPageOfAListKeepsItsLinkToTheNext() {
        String path = "/api/v1/alliances/" + data.alliance.slug + "/members?limit=1&probe=" + System.nanoTime();
        Response first = given().get(path);
        Response second = given().get(path);
        assertNull(first.header("X-Cache"));
        assertEquals("hit", second.header("X-Cache"));
        assertEquals("application/json", second.contentType().split(";")[0]);
        assertNotNull(first.header("Link"));
        assertEquals(first.header("Link"), second.header("Link"));
        assertEquals(first.asString(), second.asString());
    }

    /**
     * Feeds and list links carry absolute addresses made from the request's Host header: an answer rendered for a
     * forged Host must not be kept for anyone else (web cache poisoning).
     */
    @ParameterizedTest
    @ValueSource(strings = {"/feed.atom", "/feed.json", "/api/v1/organizations?limit=1"})
    void anAnswerMadeForAnotherHostIsNeverServedToThisOne(String path) {
        String cold = path + (path.contains("?") ? "&" : "?") + "probe=" + System.nanoTime();
        Response forged = given().header("Host", "attacker.example").get(cold);
        assertEquals(200, forged.statusCode());
        assertTrue((forged.asString() + forged.header("Link")).contains("attacker.example"),
                "the forged answer is made for the host it names");
        for (int i = 0; i < 2; i++) {
            Response genuine = given().get(cold);
            assertEquals(200, genuine.statusCode());
            String shown = genuine.asString() + genuine.header("Link");
            assertTrue(!shown.contains("attacker.example"), "attempt " + i + ": " + shown);
        }
        assertEquals("hit", given().header("Host", "attacker.example").get(cold).header("X-Cache"),
                "each host's answer is kept for that host");
    }

    @Test
    void aFlashMessageIsNeverCachedForOthers() {
        Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
        editor.page("/");
        assertEquals(303, editor.post("/logout", Map.of()).statusCode());
        assertEquals("Logged out.", editor.page("/").selectFirst(".flash").text());
        Response visitor = given().get("/");
        assertTrue(Jsoup.parse(visitor.asString()).select(".flash").isEmpty());
    }

    @Test
    void pagesOfLoggedInEditorsAreNeverCached() {
        Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
        Response page = editor.get("/alliances");
        assertEquals(200, page.statusCode());
        assertNull(page.header("ETag"));
        assertEquals("private, no-store", page.header("Cache-Control"));
    }
}
