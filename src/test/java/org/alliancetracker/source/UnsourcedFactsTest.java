package org.alliancetracker.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.alliancetracker.account.Role;
import org.alliancetracker.alliance.Alliance;
import org.alliancetracker.alliance.ReportedCount;
import org.alliancetracker.common.PartialDate;
import org.alliancetracker.membership.Membership;
import org.alliancetracker.organization.Organization;
import org.alliancetracker.testing.Browser;
import org.alliancetracker.testing.GeneratedData;

/** Editors see which facts cite no source yet, each with its form, until it cites one. */
@QuarkusTest
class UnsourcedFactsTest {

    private static Element listed(Document page, String type, long id) {
        return page.selectFirst("section:has(#unsourced-" + type + ") a[href=/edit/" + type + "/" + id + "]");
    }

    @Test
    void aFactRecordedWithoutASourceIsListedUntilItCitesOne() {
        try (GeneratedData data = GeneratedData.allianceWithMembers(2)) {
            Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
            Organization second = data.organizations.get(1);
            Map<String, String> membership = Map.of("alliance", String.valueOf(data.alliance.id),
                    "organization", second.slug, "joined", "2012-03");
            editor.page("/edit/membership/new");
            assertEquals(303, editor.post("/edit/membership/new", membership).statusCode());
            long unsourced = QuarkusTransaction.requiringNew().call(() -> Membership.<Membership>find(
                    "organization.id = ?1 and sources is empty", second.id).singleResult().id);
            long sourced = QuarkusTransaction.requiringNew().call(() -> Membership.<Membership>find(
                    "organization.id = ?1 and sources is not empty", second.id).singleResult().id);

            Document page = editor.page("/edit/unsourced");
            Element fact = listed(page, "membership", unsourced);
            assertNotNull(fact, page.select("section.unsourced").text());
            assertEquals(second.name + " in " + data.alliance.name, fact.text());
            assertEquals("/alliances/" + data.alliance.slug, fact.parent().selectFirst(".muted a").attr("href"),
                    "the page where it shows");
            assertNull(listed(page, "membership", sourced), "a membership that cites a source");
            assertNotNull(editor.page("/sources").selectFirst(".edit-links a[href=/edit/unsourced]"));

            String version = editor.page("/edit/membership/" + unsourced).selectFirst("input[name=version]").val();
            Map<String, String> cited = new HashMap<>(membership);
            cited.put("version", version);
            cited.put("sources", data.source.title);
            assertEquals(303, editor.post("/edit/membership/" + unsourced, cited).statusCode());
            assertNull(listed(editor.page("/edit/unsourced"), "membership", unsourced), "it cites one now");
        }
    }

    @Test
    void atMostAHundredOfAKindAreListedSayingThereAreMore() {
        try (GeneratedData data = GeneratedData.allianceWithMembers(1)) {
            QuarkusTransaction.requiringNew().run(() -> {
                Alliance alliance = Alliance.findById(data.alliance.id);
                for (int i = 0; i <= UnsourcedResource.LIMIT; i++) {
                    ReportedCount count = new ReportedCount();
                    count.alliance = alliance;
                    count.asOf = PartialDate.ofYear(1900 + i);
                    count.count = i;
                    count.persist();
                }
                GeneratedData.touch();
            });
            Document page = Browser.loggedInAs(Browser.newAccount(Role.EDITOR)).page("/edit/unsourced");
            Element counts = page.selectFirst("section:has(#unsourced-reported-count)");
            assertEquals("Reported counts (more than 100)", counts.selectFirst("h2").text());
            assertEquals(UnsourcedResource.LIMIT, counts.select("li").size());
            assertTrue(counts.selectFirst("li a").text().startsWith(data.alliance.name + ", "),
                    counts.selectFirst("li a").text());
            assertTrue(counts.text().contains("Only the latest 100 are listed"), counts.text());
        }
    }

    @Test
    void aVisitorIsSentToLogIn() {
        Response visitor = Browser.visitor().get("/edit/unsourced");
        assertTrue(visitor.statusCode() == 303 || visitor.statusCode() == 302, "a visitor is sent to log in");
        assertTrue(visitor.header("Location").contains("/login"), visitor.header("Location"));
    }
}
