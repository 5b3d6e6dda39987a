package org.alliancetracker.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.alliancetracker.account.Account;
import org.alliancetracker.account.Role;
import org.alliancetracker.alliance.MembershipTier;
import org.alliancetracker.history.AuditEntry;
import org.alliancetracker.membership.Membership;
import org.alliancetracker.organization.Organization;
import org.alliancetracker.testing.Browser;
import org.alliancetracker.testing.GeneratedData;

/** Undoing an applied import: all of its changes at once, or none where records changed since. */
@QuarkusTest
class ImportUndoTest {

    @Inject
    ImportUndo undo;

    @Inject
    ImportRunner runner;

    /** Uploads the file, applies it once previewed, and answers the import's page once it is done. */
    private static String applied(Browser editor, String kind, String csv) throws InterruptedException {
        editor.page("/import");
        Response uploaded = editor.upload("/import", Map.of("kind", kind), "file.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(303, uploaded.statusCode(), uploaded.asString());
        String job = uploaded.header("Location").replaceFirst("^https?://[^/]+", "");
        for (int i = 0; i < 150 && editor.page(job).selectFirst("meta[http-equiv=refresh]") != null; i++) {
            Thread.sleep(100);
        }
        assertEquals(303, editor.post(job + "/apply", Map.of()).statusCode());
        for (int i = 0; i < 150 && editor.page(job).selectFirst("progress") != null; i++) {
            Thread.sleep(100);
        }
        assertTrue(editor.page(job).text().contains("Imported: created"), editor.page(job).text());
        return job;
    }

    /**
     * Posts the import page's undo form, with the token the form holds, and answers the import's page once the undo
     * is over.
     */
    private static Document undone(Browser editor, String job) throws InterruptedException {
        Element form = editor.page(job).selectFirst("form.undo-import");
        Response answer = editor.postRaw(form.attr("action"),
                Map.of("csrf-token", form.selectFirst("input[name=csrf-token]").val()));
        assertEquals(303, answer.statusCode());
        for (int i = 0; i < 150; i++) {
            Document page = editor.page(job);
            if (page.selectFirst("meta[http-equiv=refresh]") == null) {
                return page;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the undo did not finish");
    }

    /** Why the last undo of the import on this page was refused. */
    private static String refusal(Document page) {
        return page.selectFirst(".error-message").text();
    }

    /** The row of the list of recent imports that links the import. */
    private static Element listed(Browser editor, String job) {
        return editor.page("/import").select("table.recent-imports tbody tr").stream()
                .filter(row -> row.selectFirst("a[href=" + job + "]") != null).findFirst().orElseThrow();
    }

    private static Optional<Organization> organization(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> Organization.findBySlug(slug));
    }

    private static long changesRecorded() {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.count());
    }

    @Test
    void anImportIsUndoneAllAtOnceEachChangeAReversion() throws InterruptedException {
        try (GeneratedData data = GeneratedData.allianceWithMembers(2)) {
            String p = data.prefix;
            Organization renamed = data.organizations.get(1);
            Account account = Browser.newAccount(Role.EDITOR);
            Browser editor = Browser.loggedInAs(account);
            String job = applied(editor, "ORGANIZATIONS", "slug,name\n" + p + "-undo-a,Undo A\n" + p
                    + "-undo-b,Undo B\n" + renamed.slug + ",Renamed By The Import\n");
            assertEquals("Renamed By The Import", organization(renamed.slug).orElseThrow().name);
            assertEquals("Applied: created 2, updated 1", listed(editor, job).selectFirst("td[data-label=Outcome]")
                    .text());
            assertEquals(job, editor.page("/history/organization/" + renamed.id)
                    .selectFirst(".history-entry a[href^=/import/]").attr("href"), "its change names the import");
            long before = changesRecorded();
            long lastBefore = QuarkusTransaction.requiringNew().call(AuditEntry::latestId);

            Document page = undone(editor, job);
            assertTrue(page.text().contains("Undone by " + account.username + " on "), page.text());
            assertTrue(page.text().contains(": deleted 2, restored 1."), page.text());
            assertTrue(organization(p + "-undo-a").isEmpty());
            assertTrue(organization(p + "-undo-b").isEmpty());
            assertEquals(renamed.name, organization(renamed.slug).orElseThrow().name, "its earlier name");
            assertEquals(before + 3, changesRecorded(), "each change of the undo is in the history");
            assertEquals(3L, QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                    "id > ?1 and revertsEntryId is not null", lastBefore)),
                    "each one reverting a change of the import");
            assertNull(page.selectFirst("form.undo-import"), "nothing is left to undo");
            assertEquals("Undone", listed(editor, job).selectFirst("td[data-label=Outcome]").text());

            editor.page("/import");
            Response again = editor.post(job + "/undo", Map.of());
            assertEquals(303, again.statusCode());
            assertEquals("This import was undone already.", editor.page(job).selectFirst(".flash").text());
            assertEquals(before + 3, changesRecorded(), "nothing more");
        }
    }

    @Test
    void anImportBeingUndoneShowsItsProgressAndCannotBeUndoneTwice() throws InterruptedException {
        try (GeneratedData data = GeneratedData.allianceWithMembers(1)) {
            Account account = Browser.newAccount(Role.EDITOR);
            Browser editor = Browser.loggedInAs(account);
            String job = applied(editor, "ORGANIZATIONS", "slug,name\n" + data.prefix + "-slow,Slow One\n");
            long id = Long.parseLong(job.replaceAll("\\D", ""));
            assertNull(undo.start(id), "marked as being undone, as the undo form does before its work starts");

            Document page = editor.page(job);
            assertTrue(page.selectFirst("[role=status]").text().startsWith("Undoing… 0 of 1 change."),
                    page.selectFirst("[role=status]").text());
            assertEquals("1", page.selectFirst("progress").attr("max"));
            assertTrue(page.selectFirst("meta[http-equiv=refresh]") != null, "the page refreshes itself");
            assertEquals("Undoing…", listed(editor, job).selectFirst("td[data-label=Outcome]").text());
            assertEquals(303, editor.post(job + "/undo", Map.of()).statusCode());
            assertEquals("This import is being undone.", editor.page(job).selectFirst(".flash").text());

            runner.undo(id, account.username);
            assertTrue(organization(data.prefix + "-slow").isEmpty());
            assertTrue(editor.page(job).text().contains("Undone by " + account.username + " on "));
        }
    }

    /** Leaves the job as a server that stopped an hour ago, in the middle of it, left it. */
    private static void stoppedAnHourAgo(long id, ImportJob.Status status) {
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob job = ImportJob.findById(id);
            job.status = status;
            job.startedAt = Instant.now().minus(Duration.ofHours(1));
        });
    }

    @Test
    void aJobItsServerStoppedIsGivenTheStatusItsDataHas() throws InterruptedException {
        try (GeneratedData data = GeneratedData.allianceWithMembers(1)) {
            String p = data.prefix;
            Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
            editor.page("/import");
            String notApplied = editor.upload("/import", Map.of("kind", "ORGANIZATIONS"), "file.csv",
                    ("slug,name\n" + p + "-stopped,Stopped\n").getBytes(StandardCharsets.UTF_8))
                    .header("Location").replaceFirst("^https?://[^/]+", "");
            stoppedAnHourAgo(Long.parseLong(notApplied.replaceAll("\\D", "")), ImportJob.Status.RUNNING);
            Document page = editor.page(notApplied);
            for (int i = 0; i < 50 && page.selectFirst("meta[http-equiv=refresh]") != null; i++) {
                Thread.sleep(100);
                page = editor.page(notApplied);
            }
            assertEquals("The server stopped while applying this import, and nothing was imported: apply it again.",
                    page.selectFirst(".error-message").text());
            assertTrue(page.selectFirst("p.summary").text().startsWith("The import will create 1"), "its preview");

            String applied = applied(editor, "ORGANIZATIONS", "slug,name\n" + p + "-applied,Applied\n");
            stoppedAnHourAgo(Long.parseLong(applied.replaceAll("\\D", "")), ImportJob.Status.RUNNING);
            assertTrue(editor.page(applied).selectFirst(".flash").text().startsWith("Imported: created 1, updated 0"),
                    "its changes are recorded: it was applied, though its server did not say so");

            stoppedAnHourAgo(Long.parseLong(applied.replaceAll("\\D", "")), ImportJob.Status.UNDOING);
            page = editor.page(applied);
            assertEquals("Not undone. The server stopped while undoing this import, and nothing was undone: undo it"
                    + " again.", refusal(page));
            assertTrue(undone(editor, applied).text().contains(": deleted 1, restored 0."), "and it may be");

            String running = applied(editor, "ORGANIZATIONS", "slug,name\n" + p + "-running,Running\n");
            QuarkusTransaction.requiringNew().run(() -> {
                ImportJob job = ImportJob.findById(Long.parseLong(running.replaceAll("\\D", "")));
                job.status = ImportJob.Status.RUNNING;
                job.startedAt = Instant.now().minus(Duration.ofMinutes(5));
            });
            assertTrue(editor.page(running).selectFirst("progress") != null, "within its timeout, it may be running");
        }
    }

    @Test
    void anImportOfMembershipsUndoesTheOrganizationsItsRowsMade() throws InterruptedException {
        try (GeneratedData data = GeneratedData.allianceWithMembers(1)) {
            String p = data.prefix;
            Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
            String job = applied(editor, "MEMBERSHIPS", "alliance,organization,organization_name,joined\n"
                    + data.alliance.slug + "," + p + "-joiner,Joiner Of The Import,2030\n");
            long organizationId = organization(p + "-joiner").orElseThrow().id;
            assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Membership.count("organization.id",
                    organizationId)));

            assertTrue(undone(editor, job).text().contains(": deleted 2, restored 0."));
            assertTrue(organization(p + "-joiner").isEmpty());
            assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Membership.count("organization.id",
                    organizationId)));
        }
    }

    @Test
    void anImportWhoseRecordsChangedSinceIsNotUndoneAndNothingChanges() throws InterruptedException {
        try (GeneratedData data = GeneratedData.allianceWithMembers(1)) {
            String p = data.prefix;
            Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
            String first = applied(editor, "ORGANIZATIONS", "slug,name\n" + p + "-first,First Name\n");
            String second = applied(editor, "ORGANIZATIONS", "slug,name\n" + p + "-first,Second Name\n");
            long before = changesRecorded();

            Document page = undone(editor, first);
            assertTrue(refusal(page).startsWith("Not undone. Cannot undo: records it made or changed were changed since"
                    + " (“Imported organization: Second Name” by "), refusal(page));
            assertEquals("Second Name", organization(p + "-first").orElseThrow().name);
            assertEquals(before, changesRecorded(), "nothing was changed");
            assertTrue(page.selectFirst("form.undo-import") != null, "it may be undone once the change is");

            assertTrue(undone(editor, second).text().contains(": deleted 0, restored 1."));
            assertEquals("First Name", organization(p + "-first").orElseThrow().name);
            assertTrue(refusal(undone(editor, first)).startsWith("Not undone. Cannot undo: records it made"),
                    "the undo of the second is a change since the first, too");
        }
    }

    @Test
    void anImportWhoseOrganizationGotAMembershipSinceIsNotUndone() throws InterruptedException {
        try (GeneratedData data = GeneratedData.allianceWithMembers(1)) {
            String p = data.prefix;
            Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
            String organizations = applied(editor, "ORGANIZATIONS", "slug,name\n" + p + "-member,Member Later\n");
            applied(editor, "MEMBERSHIPS", "alliance,organization,joined\n" + data.alliance.slug + "," + p
                    + "-member,2030\n");
            long before = changesRecorded();

            String message = refusal(undone(editor, organizations));
            assertTrue(message.startsWith("Not undone. Cannot undo: deleting what it made would also delete records"
                    + " made since (“Deleted membership: "), message);
            assertTrue(organization(p + "-member").isPresent(), "nothing was deleted");
            assertEquals(before, changesRecorded());
        }
    }

    @Test
    void anImportWhoseEarlierTierWasDeletedSinceIsNotUndoneAndSaysWhatToDo() throws InterruptedException {
        try (GeneratedData data = GeneratedData.allianceWithMembers(1)) {
            Organization member = data.organizations.get(0);
            String joined = QuarkusTransaction.requiringNew().call(() -> membershipOf(member).joined.iso());
            Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
            String job = applied(editor, "MEMBERSHIPS", "alliance,organization,tier,joined\n" + data.alliance.slug + ","
                    + member.slug + ",General," + joined + "\n");
            long governing = QuarkusTransaction.requiringNew().call(() -> MembershipTier.<MembershipTier>find(
                    "alliance.id = ?1 and name = 'Governing'", data.alliance.id).singleResult().id);
            editor.page("/edit/tier/" + governing + "/delete");
            assertEquals(303, editor.post("/edit/tier/" + governing + "/delete", Map.of()).statusCode());
            long before = changesRecorded();

            String message = refusal(undone(editor, job));
            assertTrue(message.startsWith("Not undone. Cannot undo “Imported membership: "), message);
            assertTrue(message.endsWith("”: the tier it names was deleted since. Revert that deletion first."),
                    message);
            assertEquals("General", QuarkusTransaction.requiringNew().call(() -> membershipOf(member).tier.name));
            assertEquals(before, changesRecorded(), "nothing was changed");

            // As it says: once the tier's deletion is reverted, the tier is back with its id and the undo goes through.
            long tierDeleted = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>find(
                    "recordType = 'tier' and recordId = ?1 and action = ?2", governing, AuditEntry.Action.DELETED)
                    .singleResult().id);
            editor.page("/history");
            assertEquals(303, editor.post("/history/" + tierDeleted + "/revert", Map.of()).statusCode());
            assertTrue(undone(editor, job).text().contains(": deleted 0, restored 1."));
            assertEquals("Governing", QuarkusTransaction.requiringNew().call(() -> membershipOf(member).tier.name));
        }
    }

    private static Membership membershipOf(Organization organization) {
        return Membership.<Membership>find("organization.id", organization.id).singleResult();
    }
}
