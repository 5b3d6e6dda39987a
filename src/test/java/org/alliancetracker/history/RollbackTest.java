package org.alliancetracker.history;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.alliancetracker.testing.RecordsApi.update;

import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.alliancetracker.account.Account;
import org.alliancetracker.account.Role;
import org.alliancetracker.alliance.Alliance;
import org.alliancetracker.membership.Membership;
import org.alliancetracker.organization.FormerName;
import org.alliancetracker.organization.Organization;
import org.alliancetracker.testing.Browser;
import org.alliancetracker.testing.GeneratedData;
import org.alliancetracker.testing.RecordsApi;

/** An editor reverts, in one step, what one person did from a change on: a vandal's spree, say. */
@QuarkusTest
class RollbackTest {

    private static AuditEntry latestBy(String username) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>find(
                "username = ?1 order by id desc", username).firstResult());
    }

    private static Organization organization(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Organization.findById(id));
    }

    @Test
    void aVandalsChangesFromOneOnAreRevertedButThoseChangedSinceBySomeoneElse() {
        try (GeneratedData data = GeneratedData.allianceWithMembers(2)) {
            Organization renamed = data.organizations.get(0);
            Organization deleted = data.organizations.get(1);
            Account vandal = Browser.newAccount(Role.EDITOR);
            String token = Browser.loggedInAs(vandal).apiToken("spree");
            Account reviewer = Browser.newAccount(Role.EDITOR);
            Browser editor = Browser.loggedInAs(reviewer);

            update(token, "organization", renamed.id, Map.of("name", data.prefix + " Spam"));
            long first = latestBy(vandal.username).id;
            update(token, "organization", renamed.id, Map.of("name", data.prefix + " More Spam"));
            long created = RecordsApi.create(token, "organization", Map.of("name", data.prefix + " Spam Inc",
                    "slug", data.prefix + "-spam", "kind", "COMPANY"));
            RecordsApi.delete(token, "organization", deleted.id);
            update(token, "alliance", data.alliance.id, Map.of("description", "spam"));
            // Someone else mends the alliance after the vandal: that is not overwritten.
            update(Browser.loggedInAs(Browser.newAccount(Role.EDITOR)).apiToken("mender"), "alliance",
                    data.alliance.id, Map.of("description", "Mended by hand"));

            // The history of the vandal's changes offers to revert each one and the later ones.
            Document history = editor.page("/history?by=" + vandal.username);
            Element link = history.selectFirst("#change-" + first + " a.rollback");
            assertNotNull(link, "each change by the person offers it");
            assertEquals("/history/rollback?by=" + vandal.username + "&from=" + first, link.attr("href"));
            assertNull(editor.page("/history").selectFirst("a.rollback"), "only a list of one person's changes");

            Document confirm = editor.page(link.attr("href"));
            // The membership deleted with the organization is reverted with it, so it is not listed on its own.
            assertEquals(5, confirm.select(".history-entry").size(), confirm.select(".history-entry").text());
            assertTrue(confirm.selectFirst("h1").text().contains(vandal.username));
            Element form = confirm.selectFirst("form.rollback");
            assertEquals("/history/rollback", form.attr("action"));
            assertEquals(String.valueOf(first), form.selectFirst("input[name=from]").val());

            String said = editor.flashAfter(editor.post("/history/rollback",
                    Map.of("by", vandal.username, "from", String.valueOf(first))));
            assertTrue(said.startsWith("Reverted 4 of 5 changes by " + vandal.username + " from change " + first
                    + "."), said);
            assertTrue(said.contains("was not reverted: the alliance was changed since."), said);

            assertEquals(renamed.name, organization(renamed.id).name, "renamed twice, back to its name");
            assertNull(organization(created), "the organization the vandal made is gone");
            assertNotNull(organization(deleted.id), "the deleted one is back at its id");
            assertEquals(1, QuarkusTransaction.requiringNew().call(() -> Membership.ofOrganization(
                    Organization.findById(deleted.id)).size()), "with its membership");
            assertEquals("Mended by hand", QuarkusTransaction.requiringNew().call(
                    () -> Alliance.<Alliance>findById(data.alliance.id).description));
            List<String> revertedBy = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>list(
                    "revertsEntryId is not null and id > ?1", first)).stream().map(e -> e.username).distinct().toList();
            assertEquals(List.of(reviewer.username), revertedBy, "each revert is recorded under the editor's account");

            // What is left is listed alone: the changes reverted are not offered again.
            Document again = editor.page(link.attr("href"));
            assertEquals(List.of("Updated alliance: " + data.alliance.name), again.select(".history-entry strong")
                    .eachText());
        }
    }

    @Test
    void aCreationOthersHaveBuiltOnSinceIsLeftWithWhyAndWhatTheCreatorBuiltOnItIsReverted() {
        try (GeneratedData data = GeneratedData.allianceWithMembers(1)) {
            Account creator = Browser.newAccount(Role.EDITOR);
            String token = Browser.loggedInAs(creator).apiToken("new records");
            long created = RecordsApi.create(token, "organization", Map.of("name", data.prefix + " Built On",
                    "slug", data.prefix + "-built-on", "kind", "COMPANY"));
            AuditEntry creation = latestBy(creator.username);
            long ownFormerName = RecordsApi.create(token, "former-name", Map.of("organization",
                    String.valueOf(created), "name", data.prefix + " Own Earlier", "usedUntil", "2001"));
            String builder = Browser.loggedInAs(Browser.newAccount(Role.EDITOR)).apiToken("builder");
            long othersFormerName = RecordsApi.create(builder, "former-name", Map.of("organization",
                    String.valueOf(created), "name", data.prefix + " Their Earlier", "usedUntil", "2002"));

            Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
            editor.page("/history/rollback?by=" + creator.username + "&from=" + creation.id);
            String said = editor.flashAfter(editor.post("/history/rollback", Map.of("by", creator.username,
                    "from", String.valueOf(creation.id))));
            assertEquals("Reverted 1 of 2 changes by " + creator.username + " from change " + creation.id + ". Change "
                    + creation.id + " (Created organization: " + data.prefix + " Built On) was not reverted: another"
                    + " record depends on the organization now, which reverting it would delete or change too: revert"
                    + " it on its own.", said);
            assertNotNull(organization(created), "others' work is not deleted with it");
            assertNull(QuarkusTransaction.requiringNew().call(() -> FormerName.findById(ownFormerName)));
            assertNotNull(QuarkusTransaction.requiringNew().call(() -> FormerName.findById(othersFormerName)));
        }
    }

    @Test
    void aPersonRollingBackTheirOwnChangesTwiceRevertsNothingMore() {
        try (GeneratedData data = GeneratedData.allianceWithMembers(1)) {
            Organization organization = data.organizations.get(0);
            Account person = Browser.newAccount(Role.EDITOR);
            Browser browser = Browser.loggedInAs(person);
            update(browser.apiToken("slip"), "organization", organization.id, Map.of("name", data.prefix + " Typo"));
            long from = latestBy(person.username).id;
            browser.page("/history/rollback?by=" + person.username + "&from=" + from);
            assertTrue(browser.flashAfter(browser.post("/history/rollback", Map.of("by", person.username,
                    "from", String.valueOf(from)))).startsWith("Reverted 1 of 1 change by " + person.username));
            assertEquals(organization.name, organization(organization.id).name);

            // The change and its revert, both theirs, undo each other: neither is offered again.
            Document again = browser.page("/history/rollback?by=" + person.username + "&from=" + from);
            assertNull(again.selectFirst("form.rollback"), again.select(".history-entry strong").eachText().toString());
            assertTrue(browser.flashAfter(browser.post("/history/rollback", Map.of("by", person.username,
                    "from", String.valueOf(from)))).startsWith("Nothing to revert"));
            assertEquals(organization.name, organization(organization.id).name);
        }
    }

    @Test
    void aModerationBotRollsBackAVandalThroughTheApi() {
        try (GeneratedData data = GeneratedData.allianceWithMembers(1)) {
            Organization organization = data.organizations.get(0);
            Account vandal = Browser.newAccount(Role.EDITOR);
            String vandalToken = Browser.loggedInAs(vandal).apiToken("spree");
            update(vandalToken, "organization", organization.id, Map.of("name", data.prefix + " Spam"));
            long first = latestBy(vandal.username).id;
            update(vandalToken, "organization", organization.id, Map.of("description", "spam"));
            Account bot = Browser.newAccount(Role.EDITOR);
            String token = Browser.loggedInAs(bot).apiToken("moderation bot");
            Map<String, Object> body = Map.of("by", vandal.username, "from", first);

            given().header("Authorization", "Bearer " + token).contentType("application/json").body(body)
                    .post("/api/v1/changes/rollback").then().statusCode(200)
                    .body("listed", equalTo(2)).body("reverted", equalTo(2)).body("nothingLeft", equalTo(0))
                    .body("left", equalTo(List.of()))
                    .body("message", equalTo("Reverted 2 of 2 changes by " + vandal.username + " from change "
                            + first + "."));
            Organization now = organization(organization.id);
            assertEquals(organization.name, now.name);
            assertEquals(organization.description, now.description);
            AuditEntry lastRevert = latestBy(bot.username);
            assertNotNull(lastRevert, "recorded under the bot's account");
            assertEquals(first, lastRevert.revertsEntryId, "the earliest change reverted last");

            given().header("Authorization", "Bearer " + token).contentType("application/json").body(body)
                    .post("/api/v1/changes/rollback").then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("detail", equalTo("Nothing to revert: no change by " + vandal.username + " from change "
                            + first + " is left to revert."));
            given().header("Authorization", "Bearer " + token).contentType("application/json")
                    .body(Map.of("by", vandal.username)).post("/api/v1/changes/rollback").then().statusCode(422)
                    .body("errors.from", equalTo("Send the id of the change to revert from, as the change feed"
                            + " gives it."));
            given().contentType("application/json").body(body).post("/api/v1/changes/rollback").then()
                    .statusCode(401);
        }
    }

    @Test
    void nothingLeftToRevertIsSaidAndABadStartIsRefused() {
        Account person = Browser.newAccount(Role.EDITOR);
        Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
        Document confirm = editor.page("/history/rollback?by=" + person.username + "&from=1");
        assertTrue(confirm.selectFirst("main").text().contains("No change by " + person.username
                + " is left to revert"), confirm.selectFirst("main").text());
        assertNull(confirm.selectFirst("form.rollback"));
        String said = editor.flashAfter(editor.post("/history/rollback",
                Map.of("by", person.username, "from", "1")));
        assertEquals("Nothing to revert: no change by " + person.username + " from change 1 is left to revert.",
                said);
        Document hostile = editor.page("/history/rollback?by=<b>x</b>&from=1");
        assertTrue(hostile.selectFirst("h1").text().contains("<b>x</b>"), hostile.selectFirst("h1").text());
        assertNull(hostile.selectFirst("main b"), "shown as typed, not as markup");
        assertEquals("/history?by=%3Cb%3Ex%3C%2Fb%3E", hostile.selectFirst("main a[href^=/history?by=]").attr("href"),
                "a link's query holds the name as typed");
        assertEquals(400, editor.get("/history/rollback?by=" + person.username + "&from=abc").statusCode());
        assertEquals(400, editor.get("/history/rollback?from=1").statusCode());
    }
}
