package org.alliancetracker.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.alliancetracker.account.Role;
import org.alliancetracker.history.DataVersionClock;
import org.alliancetracker.testing.Browser;
import org.alliancetracker.testing.GeneratedData;

/**
 * Cache hits answered on the event loop, before JAX-RS: the same bytes and headers as the application's own answer,
 * only for requests that nothing personal touches, and never a version behind a write. On PostgreSQL the data
 * version is read per request and this route stands aside (the application answers), so the tests that need it
 * answering are skipped there.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CacheHitRouteTest {

    /** Headers that differ between any two answers: when, the client's remaining budget, and the cache marker. */
    private static final Set<String> PER_REQUEST = Set.of("date", "ratelimit-remaining", "ratelimit-reset", "x-cache",
            "set-cookie", "content-length", "transfer-encoding");

    @Inject
    CacheHitRoute route;

    @Inject
    DataVersionClock clock;

    private GeneratedData data;

    @BeforeAll
    void generate() {
        data = GeneratedData.allianceWithMembers(3);
    }

    @AfterAll
    void remove() {
        data.close();
    }

    @BeforeEach
    void newDataVersion() {
        // Nothing rendered before this test is current any more: each test's first request is the application's.
        QuarkusTransaction.requiringNew().run(GeneratedData::touch);
    }

    Stream<Arguments> addresses() {
        String slug = "/alliances/open-virtualization-alliance";
        return Stream.of(
                Arguments.of("page", slug, (Function<RequestSpecification, RequestSpecification>) r -> r),
                Arguments.of("chart", "/timelines" + slug + "/swimlanes.svg",
                        (Function<RequestSpecification, RequestSpecification>) r -> r),
                Arguments.of("API list with a next link",
                        "/api/v1/alliances/open-virtualization-alliance/members?limit=2",
                        (Function<RequestSpecification, RequestSpecification>) r -> r),
                Arguments.of("change feed", "/api/v1/changes?limit=5",
                        (Function<RequestSpecification, RequestSpecification>) r -> r),
                Arguments.of("API list asked for as JSON", "/api/v1/alliances",
                        (Function<RequestSpecification, RequestSpecification>) r -> r.accept("application/json")),
                Arguments.of("Atom feed", "/feed.atom", (Function<RequestSpecification, RequestSpecification>) r -> r),
                Arguments.of("CSV", slug + "/members.csv",
                        (Function<RequestSpecification, RequestSpecification>) r -> r),
                Arguments.of("search", "/search?q=xen", (Function<RequestSpecification, RequestSpecification>) r -> r));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("addresses")
    void aHitIsTheApplicationsOwnAnswer(String name, String path,
            Function<RequestSpecification, RequestSpecification> request) {
        assumeTrue(clock.singleProcess(), "the route answers where the data version is kept in memory");
        Response rendered = request.apply(given()).get(path);
        assertEquals(200, rendered.statusCode(), name);
        assertNull(rendered.header("X-Cache"), "the first answer is rendered");

        long answered = route.answered();
        Response hit = request.apply(given()).get(path);
        assertEquals(answered + 1, route.answered(), "the route answered " + name);
        assertEquals(200, hit.statusCode());
        assertEquals("hit", hit.header("X-Cache"));
        assertArrayEquals(rendered.asByteArray(), hit.asByteArray());
        assertEquals(headers(rendered), headers(hit), name + ": the same headers as the application gave");

        // An Origin takes the request through CORS and the application: its answer is the reference for both.
        Response viaApplication = request.apply(given()).header("Origin", "https://widget.example").get(path);
        assertEquals(answered + 1, route.answered(), "requests with an Origin go to the application");
        assertEquals("https://widget.example", viaApplication.header("Access-Control-Allow-Origin"));
        assertEquals(headers(hit), withoutCors(headers(viaApplication)));

        String etag = hit.header("ETag");
        Response notModified = request.apply(given()).header("If-None-Match", etag).get(path);
        assertEquals(answered + 2, route.answered());
        assertEquals(304, notModified.statusCode());
        assertEquals("", notModified.asString());
        Response notModifiedByApplication = request.apply(given()).header("If-None-Match", etag)
                .header("Origin", "https://widget.example").get(path);
        assertEquals(304, notModifiedByApplication.statusCode());
        assertEquals(withoutCors(headers(notModifiedByApplication)), headers(notModified));
        assertEquals(304, request.apply(given()).header("If-Modified-Since", hit.header("Last-Modified")).get(path)
                .statusCode());
        assertEquals(200, request.apply(given()).header("If-None-Match", "\"stale\"").get(path).statusCode());
    }

    @Test
    void aWriteIsSeenByTheNextRequest() {
        String path = "/organizations/" + data.organizations.get(1).slug;
        Response before = given().get(path);
        given().get(path).then().header("X-Cache", "hit");
        Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
        String form = "/edit/organization/" + data.organizations.get(1).id;
        String version = editor.page(form).selectFirst("input[name=version]").val();
        assertEquals(303, editor.post(form, Map.of("version", version, "name", "Renamed past the route",
                "slug", data.organizations.get(1).slug, "kind", "COMPANY")).statusCode());

        Response after = given().get(path);
        assertNull(after.header("X-Cache"), "rendered again, not served from before the write");
        assertTrue(after.asString().contains("Renamed past the route"));
        assertNotEquals(before.header("ETag"), after.header("ETag"));
        assertEquals(200, given().header("If-None-Match", before.header("ETag")).get(path).statusCode());
    }

    @Test
    void theVersionInMemoryLastsUntilAWritingTransactionEnds() {
        assumeTrue(clock.singleProcess());
        DataVersionClock.DataVersion version = clock.current();
        assertEquals(version, clock.known(), "kept after one reading");

        QuarkusTransaction.requiringNew().run(() -> {
            GeneratedData.touch();
            assertEquals(version, clock.known(), "others do not see the write before it commits");
        });
        assertNull(clock.known(), "a committed write makes the kept version stale");
        assertEquals(version.writes() + 1, clock.current().writes());

        DataVersionClock.DataVersion committed = clock.current();
        QuarkusTransaction.begin();
        GeneratedData.touch();
        QuarkusTransaction.rollback();
        assertEquals(committed, clock.current(), "a rolled-back write changes nothing");
    }

    @Test
    void personalRequestsGoToTheApplication() {
        String path = "/alliances/" + data.alliance.slug;
        given().get(path).then().statusCode(200);
        given().get(path).then().header("X-Cache", "hit");
        long answered = route.answered();

        Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
        Response editorsPage = editor.get(path);
        assertEquals(200, editorsPage.statusCode());
        assertNull(editorsPage.header("X-Cache"), "an editor's page is never a kept one");
        assertEquals("private, no-store", editorsPage.header("Cache-Control"));

        given().header("Authorization", "Bearer made-up").get(path);
        given().cookie(Flash.cookieName(), "Saved.").get(path);
        given().head(path).then().statusCode(200);
        assertEquals(answered, route.answered(), "none of these was answered by the route");
    }

    @Test
    void requestMetricsOfHitsAreFiledUnderTheRouteTemplate() {
        assumeTrue(clock.singleProcess());
        String path = "/alliances/" + data.alliance.slug;
        given().get(path);
        long answered = route.answered();
        for (int i = 0; i < 3; i++) {
            given().get(path).then().header("X-Cache", "hit");
        }
        assertEquals(answered + 3, route.answered());
        String metrics = given().get("/q/metrics").asString();
        assertTrue(metrics.contains("uri=\"/alliances/{slug}\""), "the template is the metric's address");
        assertFalse(metrics.contains("uri=\"" + path + "\""), "never the address itself");
    }

    /** The headers of an answer by lower-case name, except those that belong to one request. */
    private static Map<String, List<String>> headers(Response response) {
        Map<String, List<String>> headers = new TreeMap<>();
        for (Header header : response.headers()) {
            String name = header.getName().toLowerCase(Locale.ROOT);
            if (!PER_REQUEST.contains(name)) {
                headers.computeIfAbsent(name, n -> new ArrayList<>()).add(header.getValue());
            }
        }
        headers.values().forEach(values -> values.sort(String::compareTo));
        return headers;
    }

    private static Map<String, List<String>> withoutCors(Map<String, List<String>> headers) {
        Map<String, List<String>> without = new TreeMap<>(headers);
        without.keySet().removeIf(name -> name.startsWith("access-control-"));
        return without;
    }
}
