package org.alliancetracker.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.alliancetracker.account.Role;
import org.alliancetracker.history.AuditEntry;
import org.alliancetracker.membership.Membership;
import org.alliancetracker.organization.Organization;
import org.alliancetracker.testing.Browser;
import org.alliancetracker.testing.GeneratedData;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Many editors at once. Each editor opens the form first; then all save at the same instant (a latch), so the saves
 * truly race in the server.
 */
@QuarkusTest
class ConcurrentEditingTest {

    private static final int EDITORS = 8;
    private GeneratedData data;
    private ExecutorService pool;

    @BeforeEach
    void setUp() {
        data = GeneratedData.allianceWithMembers(1);
        pool = Executors.newFixedThreadPool(EDITORS);
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
        data.close();
    }

    /** Runs each save on its own thread, all released together; answers the responses in editor order. */
    private List<Response> together(List<Callable<Response>> saves) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> futures = new ArrayList<>();
        for (Callable<Response> save : saves) {
            futures.add(pool.submit(() -> {
                start.await();
                return save.call();
            }));
        }
        start.countDown();
        List<Response> responses = new ArrayList<>();
        for (Future<Response> future : futures) {
            responses.add(future.get(60, TimeUnit.SECONDS)); // a deadlock would fail here
        }
        return responses;
    }

    @Test
    void twoEditorsMergingTwoOrganizationsTheOppositeWaysLeaveOneWithTheRecordsOfBoth() throws Exception {
        for (int round = 0; round < 5; round++) {
            try (GeneratedData pair = GeneratedData.allianceWithMembers(2)) {
                Organization a = pair.organizations.get(0);
                Organization b = pair.organizations.get(1);
                List<Callable<Response>> merges = new ArrayList<>();
                for (Organization[] duplicateAndKept : List.of(new Organization[] {a, b}, new Organization[] {b, a})) {
                    String page = "/edit/organization/" + duplicateAndKept[0].id + "/merge";
                    Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
                    String version = editor.page(page).selectFirst("input[name=version]").val();
                    merges.add(() -> editor.post(page, Map.of("version", version, "into", duplicateAndKept[1].slug)));
                }
                List<Integer> statuses = together(merges).stream().map(Response::statusCode).toList();
                assertEquals(1, statuses.stream().filter(s -> s == 303).count(), "one merge wins: " + statuses);
                assertTrue(statuses.stream().allMatch(s -> s == 303 || s == 409 || s == 422),
                        "the other is told its page is out of date, or its organization gone: " + statuses);
                Organization survivor = statuses.get(0) == 303 ? b : a;
                QuarkusTransaction.requiringNew().run(() -> {
                    assertEquals(1, Organization.count("id in ?1", List.of(a.id, b.id)), "one of the two is left");
                    assertEquals(2, Membership.count("organization.id", survivor.id), "with both memberships");
                });
            }
        }
    }

    @Test
    void ofManySavesOfOneVersionExactlyOneWins() throws Exception {
        Organization org = data.organizations.get(0);
        String form = "/edit/organization/" + org.id;
        List<Callable<Response>> saves = new ArrayList<>();
        for (int i = 0; i < EDITORS; i++) {
            Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
            String version = editor.page(form).selectFirst("input[name=version]").val();
            String name = data.prefix + " renamed by editor " + i;
            saves.add(() -> editor.post(form,
                    Map.of("version", version, "name", name, "slug", org.slug, "kind", "COMPANY")));
        }
        List<Response> responses = together(saves);

        List<Integer> statuses = responses.stream().map(Response::statusCode).toList();
        assertEquals(1, statuses.stream().filter(s -> s == 303).count(), "one save wins: " + statuses);
        assertEquals(EDITORS - 1, statuses.stream().filter(s -> s == 409).count(),
                "the others see the conflict: " + statuses);
        int winner = statuses.indexOf(303);
        Organization saved = QuarkusTransaction.requiringNew().call(() -> Organization.findById(org.id));
        assertEquals(data.prefix + " renamed by editor " + winner, saved.name, "the winner's save is the one kept");
        long updates = QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "recordType = 'organization' and recordId = ?1 and action = ?2", org.id, AuditEntry.Action.UPDATED));
        assertEquals(1, updates, "one change in the history, none lost or doubled");
        for (int i = 0; i < EDITORS; i++) {
            if (i != winner) {
                // The conflict page keeps the loser's values to save again over the winner's.
                assertTrue(Jsoup.parse(responses.get(i).asString()).select("input[name=name]").eachAttr("value")
                        .contains(data.prefix + " renamed by editor " + i));
            }
        }
    }

    @Test
    void manyEditorsRevertingOneDeletionRestoreTheRecordOnceAtItsId() throws Exception {
        long membership = QuarkusTransaction.requiringNew().call(() -> Membership.<Membership>find("organization.id",
                data.organizations.get(0).id).singleResult().id);
        Browser deleter = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
        deleter.page("/edit/membership/" + membership + "/delete");
        assertEquals(303, deleter.post("/edit/membership/" + membership + "/delete", Map.of()).statusCode());
        long deletion = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>find(
                "recordType = 'membership' and recordId = ?1 and action = ?2", membership, AuditEntry.Action.DELETED)
                .singleResult().id);
        List<Browser> editors = new ArrayList<>();
        List<Callable<Response>> reverts = new ArrayList<>();
        for (int i = 0; i < EDITORS; i++) {
            Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
            editor.page("/history");
            editors.add(editor);
            reverts.add(() -> editor.post("/history/" + deletion + "/revert", Map.of()));
        }
        List<Response> responses = together(reverts);

        List<String> said = new ArrayList<>();
        for (int i = 0; i < EDITORS; i++) {
            said.add(editors.get(i).flashAfter(responses.get(i)));
        }
        assertEquals(1, said.stream().filter(s -> s.startsWith("Reverted change " + deletion + ": re-created")).count(),
                "one restores it: " + said);
        // Told it is back, as they would be a moment later, also where their reverts ran at the same moment.
        assertTrue(said.stream().filter(s -> !s.startsWith("Reverted")).allMatch(s -> s.equals("Nothing to revert:"
                + " the membership was restored since.")), "the others are told: " + said);
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> AuditEntry.count("revertsEntryId", deletion)),
                "one change in the history");
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> Membership.count("organization.id",
                data.organizations.get(0).id)), "at its id: " + membership);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Membership.findById(membership) != null));
    }

    @Test
    void manyEditorsCreatingTheSameMembershipMakeOne() throws Exception {
        Organization org = data.organizations.get(0);
        Map<String, String> membership = Map.of("alliance", String.valueOf(data.alliance.id),
                "organization", org.slug, "joined", "2024-03");
        List<Callable<Response>> saves = new ArrayList<>();
        for (int i = 0; i < EDITORS; i++) {
            Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
            editor.page("/edit/membership/new");
            saves.add(() -> editor.post("/edit/membership/new", membership));
        }
        List<Integer> statuses = together(saves).stream().map(Response::statusCode).toList();

        assertEquals(1, statuses.stream().filter(s -> s == 303).count(), "one membership is made: " + statuses);
        assertEquals(EDITORS - 1, statuses.stream().filter(s -> s == 422).count(), "the others are told: " + statuses);
        long made = QuarkusTransaction.requiringNew().call(() -> Membership.count(
                "organization.id = ?1 and alliance.id = ?2 and joined.earliest = ?3", org.id, data.alliance.id,
                LocalDate.of(2024, 3, 1)));
        assertEquals(1, made, "no duplicate membership");
    }

    @Test
    void manyEditorsCreatingDifferentMembershipsAllSucceed() throws Exception {
        Organization org = data.organizations.get(0);
        List<Callable<Response>> saves = new ArrayList<>();
        for (int i = 0; i < EDITORS; i++) {
            Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
            editor.page("/edit/membership/new");
            Map<String, String> membership = Map.of("alliance", String.valueOf(data.alliance.id),
                    "organization", org.slug, "joined", String.valueOf(2010 + i));
            saves.add(() -> editor.post("/edit/membership/new", membership));
        }
        List<Integer> statuses = together(saves).stream().map(Response::statusCode).toList();
        assertEquals(List.of(303, 303, 303, 303, 303, 303, 303, 303), statuses, "no deadlock, no refusal");
    }

    @Test
    void aDuplicateMembershipIsRefusedBesideItsDate() {
        Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
        Organization org = data.organizations.get(0);
        Map<String, String> membership = Map.of("alliance", String.valueOf(data.alliance.id),
                "organization", org.slug, "joined", "2023-07");
        editor.page("/edit/membership/new");
        assertEquals(303, editor.post("/edit/membership/new", membership).statusCode());
        editor.page("/edit/membership/new");
        Response again = editor.post("/edit/membership/new", membership);
        assertEquals(422, again.statusCode());
        var page = Jsoup.parse(again.asString());
        assertTrue(page.text().contains("already recorded"), "the message is shown");
        assertEquals("2023-07", page.selectFirst("input[name=joined]").val(), "the form keeps the values");
    }
}
