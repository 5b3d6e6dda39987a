package org.alliancetracker.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.alliancetracker.account.Role;
import org.alliancetracker.testing.Browser;
import org.alliancetracker.testing.GeneratedData;
import org.alliancetracker.testing.SqlStatements;

/**
 * Each page, chart, feed and API list costs the same number of SQL statements for an alliance of 100 members as for
 * one of 10,000 (each member a new organization, so the organization lists grow likewise).
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqlStatementCountTest {

    private GeneratedData small;
    private GeneratedData large;

    @BeforeAll
    void generate() {
        small = GeneratedData.allianceWithMembers(100);
        large = GeneratedData.allianceWithMembers(10_000);
    }

    @AfterAll
    void remove() {
        small.close();
        large.close();
    }

    private static int requests;

    /** Statements for a cold render: a query parameter no page reads makes each address new to the cache. */
    private static long statementsFor(String path) {
        String cold = path + (path.contains("?") ? "&" : "?") + "render=" + (++requests);
        return SqlStatements.countDuring(() -> given().get(cold).then().statusCode(200));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/alliances/{alliance}", "/alliances/{alliance}?at=2010", "/alliances/{alliance}?sort=-left",
            "/organizations/{org}", "/projects/{project}", "/projects/{project}?at=2010",
            "/projects/{project}?sort=-to", "/sources/{source}", "/", "/alliances", "/alliances?sort=-today",
            "/projects", "/projects?sort=-today", "/organizations", "/organizations?kind=company&page=2",
            "/organizations?sort=-alliances", "/organizations?kind=company&sort=projects&page=2", "/sources",
            "/search?q={prefix}", "/api/v1/search?q={prefix}", "/search?q={prefix}x", "/api/v1/search?q={prefix}x",
            "/timelines", "/timelines/alliances/{alliance}",
            "/timelines/alliances/{alliance}/swimlanes.svg", "/timelines/alliances/{alliance}/growth.svg",
            "/embed/alliances/{alliance}/swimlanes", "/timelines/organizations/{org}",
            "/timelines/organizations/{org}/lanes.svg", "/timelines/compare?projects={project},kvm",
            "/timelines/projects/{project}", "/timelines/projects/{project}/growth.svg",
            "/timelines/projects/{project}/backers.svg", "/embed/projects/{project}/backers",
            "/alliances/{alliance}/members.csv", "/alliances/{alliance}/members.json", "/organizations.csv",
            "/organizations.csv?kind=company",
            "/projects/{project}/backers.csv?sort=-to", "/projects/{project}/backers.json?at=2010",
            "/alliances/{alliance}/feed.atom", "/alliances/{alliance}/feed.json", "/projects/{project}/feed.atom",
            "/projects/{project}/feed.json", "/organizations/{org}/feed.atom", "/organizations/{org}/feed.json",
            "/feed.json", "/feed.atom", "/api/v1/alliances", "/api/v1/alliances/{alliance}",
            "/api/v1/alliances/{alliance}/members", "/api/v1/organizations", "/api/v1/organizations?kind=company",
            "/api/v1/organizations/{org}", "/api/v1/projects", "/api/v1/projects/{project}",
            "/api/v1/projects/{project}/backers",
            "/api/v1/changes?limit=100", "/api/v1/changes?limit=100&type=membership,backing",
            "/api/v1/snapshot?limit=100",
            "/api/v1/backer-changes", "/api/v1/sources", "/api/v1/sources/{source}",
            "/sitemap.xml", "/sitemaps/alliances-1.xml", "/sitemaps/timelines-1.xml", "/sitemaps/projects-1.xml",
            "/sitemaps/project-timelines-1.xml",
            "/sitemaps/organizations-1.xml", "/sitemaps/sources-1.xml"})
    void constantWhateverTheNumberOfMembers(String template) {
        Function<GeneratedData, String> path = d -> template
                .replace("{alliance}", d.alliance.slug)
                .replace("{org}", d.organizations.get(0).slug)
                .replace("{project}", d.project.slug)
                .replace("{source}", String.valueOf(d.source.id))
                .replace("{prefix}", d.prefix);
        statementsFor(path.apply(small));
        long forSmall = statementsFor(path.apply(small));
        long forLarge = statementsFor(path.apply(large));
        assertTrue(forSmall > 0, "the statistics count statements");
        assertEquals(forSmall, forLarge, template + ": " + forSmall + " statements for 100 members, " + forLarge
                + " for 10,000");
        assertTrue(forLarge <= 10, template + " costs " + forLarge + " statements");

        // Answers are cached up to the cache's size limit per answer; a larger one (a chart page of 10,000 lanes) is
        // rendered each time, at the same constant cost.
        String warm = path.apply(large);
        int size = given().get(warm).then().statusCode(200).extract().asByteArray().length;
        boolean cacheable = size <= RepresentationCache.MAX_BODY_BYTES;
        long cached = SqlStatements.countDuring(() -> given().get(warm).then().statusCode(200)
                .header("X-Cache", cacheable ? Matchers.equalTo("hit") : Matchers.nullValue()));
        // The data version is not read through Hibernate (DataVersionClock: from memory on H2, one plain statement
        // on PostgreSQL), so a cached answer prepares no statement here.
        assertEquals(cacheable ? 0 : forLarge, cached,
                template + " (" + size + " bytes): a cached answer costs no query");
    }

    /**
     * The page for an address no record has offers a few close names, however many names hold the address's text or,
     * misspelt ("organisation"), are close to it.
     */
    @ParameterizedTest
    @CsvSource({"-organization, 8", "-organisation, 10"})
    void aMissingRecordsPageIsConstantWhateverTheNumberOfOrganizations(String slugEnd, int atMost) {
        Function<GeneratedData, String> path = d -> "/organizations/" + d.prefix + slugEnd;
        long[] offered = new long[2];
        SqlStatements.countDuring(() -> notFound(path.apply(small)));
        long forSmall = SqlStatements.countDuring(() -> offered[0] = notFound(path.apply(small)));
        long forLarge = SqlStatements.countDuring(() -> offered[1] = notFound(path.apply(large)));
        assertEquals(forSmall, forLarge, forSmall + " statements for 100 organizations, " + forLarge + " for 10,000");
        // The record asked for and three searches by part of a name; where none holds it, three reads of every name
        // and one of the records offered per kind.
        assertTrue(forLarge <= atMost, "a missing record's page costs " + forLarge + " statements");
        assertEquals(offered[0], offered[1], "the names offered");
        assertTrue(offered[1] > 0, "the generated organizations' names are close to the address's text");
    }

    /** The names a 404 page offers. */
    private static long notFound(String path) {
        Response response = given().accept("text/html").get(path);
        assertEquals(404, response.statusCode(), path);
        return Jsoup.parse(response.asString()).select(".near-misses li").size();
    }

    /**
     * The editors' forms and suggestions do not list organizations or sources: neither their statements nor their
     * size grow. (An alliance's form names its sources in one query.)
     */
    @ParameterizedTest
    @ValueSource(strings = {"/edit/membership/new", "/edit/membership/new?organization={orgId}", "/edit/ownership/new",
            "/edit/acquisition/new?acquirer={orgId}", "/edit/alliance/{allianceId}", "/edit/organization/{orgId}/merge",
            "/edit/lookup/organization?q={prefix}", "/edit/lookup/organization?q=organization",
            "/edit/lookup/source?q={prefix}", "/edit/unsourced", "/edit/duplicates"})
    void editorsFormsAreConstantWhateverTheNumberOfOrganizations(String template) {
        Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
        Function<GeneratedData, String> path = d -> template
                .replace("{orgId}", String.valueOf(d.organizations.get(0).id))
                .replace("{allianceId}", String.valueOf(d.alliance.id))
                .replace("{prefix}", d.prefix);
        okBody(editor, path.apply(small));
        long[] sizes = new long[2];
        long forSmall = SqlStatements.countDuring(() -> sizes[0] = okBody(editor, path.apply(small)).length);
        long forLarge = SqlStatements.countDuring(() -> sizes[1] = okBody(editor, path.apply(large)).length);
        assertEquals(forSmall, forLarge, template + ": " + forSmall + " statements for 100 organizations, " + forLarge
                + " for 10,000");
        assertTrue(forLarge <= 12, template + " costs " + forLarge + " statements");
        assertTrue(sizes[1] < 40_000, template + " is " + sizes[1] + " bytes with 10,000 organizations");
    }

    private static byte[] okBody(Browser editor, String path) {
        Response response = path.startsWith("/edit/lookup") ? editor.getJson(path) : editor.get(path);
        assertEquals(200, response.statusCode(), path);
        return response.asByteArray();
    }
}
