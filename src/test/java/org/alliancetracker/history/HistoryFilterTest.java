package org.alliancetracker.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.alliancetracker.testing.RecordsApi.create;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.alliancetracker.account.Account;
import org.alliancetracker.account.Role;
import org.alliancetracker.testing.Browser;
import org.alliancetracker.testing.GeneratedData;

/** An editor reviews the changes one person (or bot) made, or those to one kind of record. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryFilterTest {

    private static final Pattern BY = Pattern.compile("Change (\\d+), by ([^,]+),");

    private final String prefix = "hist-" + UUID.randomUUID().toString().substring(0, 6);
    private Account ann;
    private Account bob;
    private Browser reviewer;
    private long bobsOrganization;

    /** Once for the class, in the first test: the application answers HTTP only once a test runs. */
    @BeforeEach
    void twoEditorsChangeThings() {
        if (reviewer != null) {
            return;
        }
        ann = Browser.newAccount(Role.EDITOR);
        bob = Browser.newAccount(Role.EDITOR);
        String annToken = Browser.loggedInAs(ann).apiToken("ann's bot");
        String bobToken = Browser.loggedInAs(bob).apiToken("bob's bot");
        create(annToken, "organization", Map.of("name", prefix + " Ann Org", "slug", prefix + "-ann",
                "kind", "COMPANY"));
        create(annToken, "project", Map.of("name", prefix + " Ann Project", "slug", prefix + "-annp",
                "license", "OPEN_SOURCE"));
        bobsOrganization = create(bobToken, "organization", Map.of("name", prefix + " Bob Org",
                "slug", prefix + "-bob", "kind", "COMPANY"));
        reviewer = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
    }

    @AfterAll
    void remove() {
        QuarkusTransaction.requiringNew().run(() -> GeneratedData.deleteWithPrefix(prefix));
    }

    /** Who made each change listed, by the change's number. */
    private static Map<Long, String> authors(Document page) {
        Map<Long, String> authors = new LinkedHashMap<>();
        for (Element line : page.select(".history-entry p.muted")) {
            Matcher m = BY.matcher(line.text());
            assertTrue(m.find(), line.text());
            authors.put(Long.valueOf(m.group(1)), m.group(2));
        }
        return authors;
    }

    private static List<String> kinds(Document page) {
        return page.select(".history-entry a.record-history").eachAttr("href").stream()
                .map(href -> href.split("/")[2]).toList();
    }

    @Test
    void theChangesOfOnePerson() {
        Document page = reviewer.page("/history?by=" + ann.username);
        Map<Long, String> authors = authors(page);
        assertEquals(2, authors.size(), authors.toString());
        assertTrue(authors.values().stream().allMatch(ann.username::equals), authors.toString());
        assertEquals(List.of("project", "organization"), kinds(page), "newest first");
        assertEquals(ann.username, page.selectFirst("select[name=by] option[selected]").val());
        assertTrue(page.selectFirst("h1").text().contains(ann.username), page.selectFirst("h1").text());
    }

    @Test
    void eachChangeLinksToEveryChangeByTheSamePerson() {
        Document page = reviewer.page("/history/organization/" + bobsOrganization);
        Element bobs = page.select(".history-entry p.muted").stream()
                .filter(line -> line.text().contains("by " + bob.username + ",")).findFirst().orElseThrow();
        assertEquals("/history?by=" + bob.username, bobs.selectFirst("a").attr("href"));
        assertEquals(List.of(bob.username), List.copyOf(authors(reviewer.page(bobs.selectFirst("a").attr("href")))
                .values()));
    }

    @Test
    void theChangesToOneKindOfRecord() {
        Document page = reviewer.page("/history?kind=organization");
        List<String> kinds = kinds(page);
        assertFalse(kinds.isEmpty());
        assertTrue(kinds.stream().allMatch("organization"::equals), kinds.toString());
        assertEquals("organization", page.selectFirst("select[name=kind] option[selected]").val());
    }

    @Test
    void bothAtOnce() {
        Document page = reviewer.page("/history?by=" + bob.username + "&kind=organization");
        assertEquals(List.of(bob.username), List.copyOf(authors(page).values()));
        assertEquals(List.of("organization"), kinds(page));
        Document none = reviewer.page("/history?by=" + bob.username + "&kind=project");
        assertTrue(none.select(".history-entry").isEmpty());
        assertTrue(none.selectFirst("main").text().contains("No changes match"), none.selectFirst("main").text());
        assertNotNull(none.selectFirst("main a[href=/history]"), "a way back to every change");
    }

    @Test
    void everyoneWhoCanChangeThingsIsOffered() {
        Document page = reviewer.page("/history");
        List<String> offered = page.select("select[name=by] option").eachAttr("value");
        assertTrue(offered.containsAll(List.of("", ann.username, bob.username, "system")), offered.toString());
        List<String> kinds = page.select("select[name=kind] option").eachAttr("value");
        assertTrue(kinds.containsAll(List.of("", "alliance", "organization", "membership", "backer-change")),
                kinds.toString());
        assertTrue(page.select("select option[selected]").isEmpty(), "nothing chosen: every change");
    }

    @Test
    void olderChangesKeepTheChoice() {
        Account carol = Browser.newAccount(Role.EDITOR);
        String token = Browser.loggedInAs(carol).apiToken("carol's bot");
        for (int i = 0; i <= HistoryResource.PAGE_SIZE; i++) {
            create(token, "organization", Map.of("name", prefix + " Carol " + i, "slug", prefix + "-carol-" + i,
                    "kind", "COMPANY"));
        }
        create(token, "project", Map.of("name", prefix + " Carol Project", "slug", prefix + "-carolp",
                "license", "OPEN_SOURCE"));
        Document first = reviewer.page("/history?by=" + carol.username + "&kind=organization");
        Map<Long, String> authors = authors(first);
        assertEquals(HistoryResource.PAGE_SIZE, authors.size());
        long last = authors.keySet().stream().mapToLong(Long::longValue).min().orElseThrow();
        String older = first.selectFirst("a:containsOwn(Older changes)").attr("href");
        assertEquals("/history?by=" + carol.username + "&kind=organization&before=" + last, older);
        Document next = reviewer.page(older);
        assertEquals(List.of("organization"), kinds(next), "the first of the 51, and not the project");
        assertEquals(List.of(carol.username), List.copyOf(authors(next).values()));
        assertTrue(authors(next).keySet().stream().allMatch(id -> id < last));
        assertTrue(next.select("a:containsOwn(Older changes)").isEmpty());
    }

    @Test
    void anUnknownKindIsShownBesideItsFieldWithNothingListed() {
        Response response = reviewer.get("/history?kind=guild&by=" + ann.username);
        assertEquals(400, response.statusCode());
        Document page = Jsoup.parse(response.asString());
        assertEquals("Kind of record: Choose one of the kinds of record listed.",
                page.selectFirst("#kind-error").text());
        assertEquals("kind-error", page.selectFirst("select[name=kind]").attr("aria-describedby"));
        assertEquals(ann.username, page.selectFirst("select[name=by] option[selected]").val(), "the rest is kept");
        assertTrue(page.select(".history-entry").isEmpty());
    }
}
