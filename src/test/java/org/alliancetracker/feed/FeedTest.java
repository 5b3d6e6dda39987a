package org.alliancetracker.feed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.alliancetracker.account.Role;
import org.alliancetracker.testing.Browser;
import org.alliancetracker.testing.GeneratedData;

@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedTest {

    private static final String HOSTILE = "<script>alert(1)</script> & \"Feeds\" ]]>";

    private GeneratedData data;

    @BeforeAll
    void generate() {
        // The second organization keeps its name: tests rename the first.
        data = GeneratedData.allianceWithMembers(2);
    }

    @AfterAll
    void remove() {
        data.close();
    }

    private static SyndFeed atom(String path) throws Exception {
        Response response = given().get(path);
        response.then().statusCode(200).contentType("application/atom+xml");
        return new SyndFeedInput().build(new StringReader(response.asString()));
    }

    private static JsonPath jsonFeed(String path) {
        return given().get(path).then().statusCode(200).contentType("application/feed+json").extract().jsonPath();
    }

    /** Renames an organization through the form, so the change and its name reach the feeds. */
    private void rename(String name) {
        Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
        String form = "/edit/organization/" + data.organizations.get(0).id;
        String version = editor.page(form).selectFirst("input[name=version]").val();
        assertEquals(303, editor.post(form, Map.of("version", version, "name", name,
                "slug", data.organizations.get(0).slug, "kind", "COMPANY")).statusCode());
    }

    @Test
    void theSiteAtomFeedParsesAndLinksEachChangeToItsPage() throws Exception {
        rename("Feed Renamed Co");
        SyndFeed feed = atom("/feed.atom");
        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals("Alliance Tracker: recent changes", feed.getTitle());
        List<SyndEntry> entries = feed.getEntries();
        assertTrue(entries.size() > 0 && entries.size() <= 50);
        SyndEntry newest = entries.get(0);
        assertEquals("Updated organization: Feed Renamed Co", newest.getTitle());
        // A permanent link, which redirects to the record's page as it is named today.
        assertTrue(newest.getLink().matches("https?://[^/]+/records/organization/" + data.organizations.get(0).id),
                newest.getLink());
        String path = URI.create(newest.getLink()).getPath();
        given().redirects().follow(false).get(path).then().statusCode(303)
                .header("Location", endsWith("/organizations/" + data.organizations.get(0).slug));
        given().redirects().follow(false).get("/records/organization/999999999").then()
                .statusCode(303).header("Location", endsWith("/"));
        given().redirects().follow(false).get("/records/no-such-kind/1").then().statusCode(404);
        assertTrue(newest.getUri().startsWith("urn:alliance-tracker:change:"));
    }

    @Test
    void theSiteJsonFeedFollowsJsonFeedOnePointOne() {
        JsonPath feed = jsonFeed("/feed.json");
        assertEquals("https://jsonfeed.org/version/1.1", feed.getString("version"));
        assertTrue(feed.getString("feed_url").endsWith("/feed.json"));
        List<Map<String, Object>> items = feed.getList("items");
        assertFalse(items.isEmpty());
        for (Map<String, Object> item : items) {
            assertTrue(item.get("id") instanceof String && item.get("content_text") instanceof String);
            assertTrue(((String) item.get("url")).startsWith("http"));
            Instant.parse((String) item.get("date_published"));
        }
    }

    @Test
    void anAlliancesFeedsHoldItsOwnChanges() throws Exception {
        List<String> titles = atom("/alliances/open-virtualization-alliance/feed.atom").getEntries().stream()
                .map(SyndEntry::getTitle).toList();
        assertTrue(titles.contains("Loaded membership: IBM in Open Virtualization Alliance"), titles.toString());
        assertTrue(titles.stream().noneMatch(t -> t.contains("Xen") && t.startsWith("Loaded project")),
                titles.toString());
        List<String> jsonTitles = jsonFeed("/alliances/open-virtualization-alliance/feed.json").getList("items.title");
        assertEquals(titles, jsonTitles);
        given().get("/alliances/nope/feed.atom").then().statusCode(404);
    }

    private static List<String> titles(String path) throws Exception {
        return atom(path).getEntries().stream().map(SyndEntry::getTitle).toList();
    }

    private static void saved(Browser editor, String form, Map<String, String> values) {
        editor.page(form);
        Response response = editor.post(form, values);
        assertEquals(303, response.statusCode(), Jsoup.parse(response.asString()).select(".field-error").eachText()
                .toString());
    }

    @Test
    void aProjectsFeedsHoldItsChangesItsBackingsAndTheMovesToAndFromIt() throws Exception {
        Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
        String organization = data.organizations.get(1).name;
        String first = String.valueOf(data.project.id);
        String second = String.valueOf(data.secondProject.id);
        saved(editor, "/edit/backing/new", Map.of("organization", organization, "project", second, "role", "SPONSOR",
                "since", "2019"));
        saved(editor, "/edit/backer-change/new", Map.of("organization", organization, "fromProject", first,
                "toProject", second, "movedOn", "2022"));
        String move = "Created backer change: " + organization + " moved from " + data.project.name + " to "
                + data.secondProject.name + " (2022)";

        List<String> secondsChanges = titles("/projects/" + data.secondProject.slug + "/feed.atom");
        assertEquals(List.of(move, "Created backing: " + organization + " backing " + data.secondProject.name
                + " as sponsor"), secondsChanges, "the newest first");
        List<String> firstsChanges = titles("/projects/" + data.project.slug + "/feed.atom");
        assertEquals(List.of(move), firstsChanges, "the move, without the other project's backing");
        assertEquals(secondsChanges, jsonFeed("/projects/" + data.secondProject.slug + "/feed.json")
                .getList("items.title"));
        assertEquals(data.secondProject.name + ": recent changes",
                atom("/projects/" + data.secondProject.slug + "/feed.atom").getTitle());

        List<String> kvm = titles("/projects/kvm/feed.atom");
        assertTrue(kvm.contains("Loaded project: KVM"), kvm.toString());
        assertTrue(kvm.stream().noneMatch(t -> t.endsWith("backing Xen as contributor")), kvm.toString());
        given().get("/projects/nope/feed.atom").then().statusCode(404);
    }

    @Test
    void anOrganizationsFeedsHoldItsChangesAndThoseToWhatItsPageShows() throws Exception {
        List<String> ibm = titles("/organizations/ibm/feed.atom");
        for (String change : List.of("Loaded organization: IBM",
                "Loaded membership: IBM in Open Virtualization Alliance",
                "Loaded backing: IBM backing KVM as supporter",
                "Loaded backer change: IBM moved from Xen to KVM (May 2011)")) {
            assertTrue(ibm.contains(change), change + " in " + ibm);
        }
        assertTrue(ibm.stream().noneMatch(t -> t.contains("Intel") || t.contains("Loaded project")), ibm.toString());
        assertEquals(ibm, jsonFeed("/organizations/ibm/feed.json").getList("items.title"));
        String acquisition = "Loaded acquisition: Citrix Systems acquired XenSource";
        assertTrue(titles("/organizations/citrix/feed.atom").contains(acquisition), "the acquirer's");
        assertTrue(titles("/organizations/xensource/feed.atom").contains(acquisition), "the acquired's");
        assertFalse(ibm.contains(acquisition));
        given().get("/organizations/nope/feed.json").then().statusCode(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/alliances/open-virtualization-alliance", "/projects/kvm", "/organizations/ibm"})
    void aPageWithFeedsNamesThemForFeedReadersToFind(String page) {
        Document html = Jsoup.parse(given().get(page).then().statusCode(200).extract().asString());
        for (String type : List.of("application/atom+xml", "application/feed+json")) {
            String feed = page + (type.endsWith("xml") ? "/feed.atom" : "/feed.json");
            Element link = html.selectFirst("head link[rel=alternate][type=" + type + "][href=" + feed + "]");
            assertNotNull(link, type + " on " + page);
            assertEquals(html.selectFirst("h1").ownText().strip() + ": recent changes", link.attr("title"));
            assertNotNull(html.selectFirst("main a[href=" + feed + "]"), "the page links it too");
            given().get(feed).then().statusCode(200).contentType(type);
        }
    }

    @Test
    void hostileNamesAreEscapedInBothFeeds() throws Exception {
        rename(HOSTILE);
        assertTrue(atom("/feed.atom").getEntries().stream()
                .anyMatch(e -> e.getTitle().equals("Updated organization: " + HOSTILE)));
        assertTrue(jsonFeed("/feed.json").getList("items.title").contains("Updated organization: " + HOSTILE));
    }

    @Test
    void feedsAnswerConditionalRequests() {
        String etag = given().get("/feed.atom").header("ETag");
        assertEquals(304, given().header("If-None-Match", etag).get("/feed.atom").statusCode());
        assertEquals("public, max-age=60", given().get("/feed.json").header("Cache-Control"));
    }
}
