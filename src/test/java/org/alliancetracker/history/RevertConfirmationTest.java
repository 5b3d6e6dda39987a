package org.alliancetracker.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.alliancetracker.account.Role;
import org.alliancetracker.organization.FormerName;
import org.alliancetracker.organization.Organization;
import org.alliancetracker.testing.Browser;
import org.alliancetracker.testing.GeneratedData;

/**
 * Reverting a creation deletes the record and whatever depends on it, as a deletion does: the history leads to a
 * page that says so before anything is deleted, as the delete page does, and the answer counts what went with it.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RevertConfirmationTest {

    private GeneratedData data;
    private Browser editor;

    @BeforeAll
    void setUp() {
        data = GeneratedData.allianceWithMembers(1);
    }

    @BeforeEach
    void logIn() {
        if (editor == null) {
            editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
        }
    }

    @AfterAll
    void tearDown() {
        data.close();
    }

    private static AuditEntry lastAudit() {
        return QuarkusTransaction.requiringNew()
                .call(() -> AuditEntry.<AuditEntry>find("order by id desc").firstResult());
    }

    private void submit(String path, Map<String, String> values) {
        editor.page(path);
        assertEquals(303, editor.post(path, values).statusCode(), path);
    }

    /** An organization made through the form, with its creation's change. */
    private AuditEntry organizationCreated(String word) {
        submit("/edit/organization/new", Map.of("name", data.prefix + " " + word, "slug", data.prefix + "-" + word,
                "kind", "COMPANY"));
        AuditEntry creation = lastAudit();
        assertEquals(AuditEntry.Action.CREATED, creation.action);
        return creation;
    }

    /** Renames the organization the change created, through its form. */
    private void rename(AuditEntry creation, String word, String name) {
        String path = "/edit/organization/" + creation.recordId;
        String version = editor.page(path).selectFirst("input[name=version]").val();
        assertEquals(303, editor.post(path, Map.of("version", version, "name", data.prefix + " " + name,
                "slug", data.prefix + "-" + word, "kind", "COMPANY")).statusCode());
    }

    private void addFormerName(String word, String name) {
        submit("/edit/former-name/new", Map.of("organization", data.prefix + "-" + word, "name", data.prefix + " "
                + name, "usedUntil", "2001"));
    }

    @Test
    void theHistoryAsksBeforeACreationsRevertDeletesTheRecordAndWhatDependsOnIt() {
        AuditEntry creation = organizationCreated("confirmed");
        addFormerName("confirmed", "Earlier Confirmed");
        String confirmation = "/history/" + creation.id + "/revert";

        Element listed = editor.page("/history/organization/" + creation.recordId)
                .getElementById("change-" + creation.id);
        assertNull(listed.selectFirst("form[action=" + confirmation + "]"), "no one-click deletion");
        assertEquals("Revert change " + creation.id + "…", listed.selectFirst("a.revert-creation[href="
                + confirmation + "]").text());

        Document page = editor.page(confirmation);
        assertEquals("Revert change " + creation.id + ": delete the organization " + data.prefix + " confirmed?",
                page.selectFirst("h1").text());
        assertNotNull(page.getElementById("change-" + creation.id), "the change itself is shown");
        assertTrue(page.selectFirst(".dependents").text().contains(data.prefix + " Earlier Confirmed"),
                page.selectFirst(".dependents").text());
        assertNull(page.selectFirst(".changed-since"), "not changed since its creation");
        assertEquals("Delete it and the record above", page.selectFirst("form[action=" + confirmation
                + "] button.danger").text());
        assertEquals("/history/organization/" + creation.recordId + "#change-" + creation.id,
                page.selectFirst("form[action=" + confirmation + "] a").attr("href"), "Cancel goes back");
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Organization.findById(creation.recordId) != null),
                "reading the page deleted nothing");

        String said = editor.flashAfter(editor.post(confirmation, Map.of()));
        assertEquals("Reverted change " + creation.id + ": deleted the organization " + data.prefix
                + " confirmed it created. Also deleted or changed the record that depended on it.", said);
        assertNull(QuarkusTransaction.requiringNew().call(() -> Organization.findById(creation.recordId)));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> FormerName.count("name",
                data.prefix + " Earlier Confirmed")));

        // As the page said: the revert can be reverted in turn, which brings back both.
        AuditEntry deletion = lastAudit();
        assertEquals(creation.id, deletion.revertsEntryId);
        editor.page("/history");
        editor.flashAfter(editor.post("/history/" + deletion.id + "/revert", Map.of()));
        assertNotNull(QuarkusTransaction.requiringNew().call(() -> Organization.findById(creation.recordId)));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> FormerName.count("name",
                data.prefix + " Earlier Confirmed")));
    }

    @Test
    void aCreationWithNothingDependingOnItButChangedSinceSaysSo() {
        AuditEntry creation = organizationCreated("renamed");
        rename(creation, "renamed", "Renamed Since");

        Document page = editor.page("/history/" + creation.id + "/revert");
        assertEquals("Revert change " + creation.id + ": delete the organization " + data.prefix
                + " Renamed Since?", page.selectFirst("h1").text(), "named as it is now");
        assertEquals("Nothing else depends on this organization.", page.selectFirst(".dependents").text());
        assertEquals("The organization was changed since it was created: its later values are deleted with it.",
                page.selectFirst(".changed-since").text());
        assertEquals("Delete it", page.selectFirst("button.danger").text());
        assertEquals("Reverted change " + creation.id + ": deleted the organization " + data.prefix
                + " Renamed Since it created.", editor.flashAfter(editor.post("/history/" + creation.id + "/revert",
                Map.of())));
    }

    @Test
    void anUpdateOrADeletionHasAPageOfItsOwnTooAndAChangeWithNothingLeftToRevertHasNoButton() {
        AuditEntry creation = organizationCreated("updated");
        rename(creation, "updated", "Updated Later");
        AuditEntry update = lastAudit();

        Document page = editor.page("/history/" + update.id + "/revert");
        assertEquals("Revert change " + update.id + "?", page.selectFirst("h1").text());
        assertEquals("Revert change " + update.id, page.selectFirst("form[action=/history/" + update.id
                + "/revert] button").text());
        assertNull(page.selectFirst(".dependents"));

        String deletePath = "/edit/organization/" + creation.recordId + "/delete";
        editor.page(deletePath);
        assertEquals(303, editor.post(deletePath, Map.of()).statusCode());
        Document gone = editor.page("/history/" + creation.id + "/revert");
        assertEquals("Nothing to revert: the organization was deleted since.", gone.selectFirst(".unrevertable")
                .text());
        assertNull(gone.selectFirst("form[action=/history/" + creation.id + "/revert]"));
        assertNull(gone.selectFirst(".dependents"));
        AuditEntry deletion = lastAudit();
        assertEquals("Revert change " + deletion.id, editor.page("/history/" + deletion.id + "/revert")
                .selectFirst("form[action=/history/" + deletion.id + "/revert] button").text());
    }

    @Test
    void anUnknownChangeIsNotFoundAndAVisitorIsSentToLogIn() {
        assertEquals(404, editor.get("/history/999999999/revert").statusCode());
        Response visitor = Browser.visitor().get("/history/1/revert");
        assertEquals(302, visitor.statusCode());
        assertTrue(visitor.header("Location").contains("/login"), visitor.header("Location"));
    }
}
