package org.alliancetracker.organization;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.alliancetracker.account.Account;
import org.alliancetracker.account.Role;
import org.alliancetracker.backing.BackerChange;
import org.alliancetracker.backing.Backing;
import org.alliancetracker.common.FormerSlug;
import org.alliancetracker.common.PartialDate;
import org.alliancetracker.editing.EditorRegistry;
import org.alliancetracker.history.AuditEntry;
import org.alliancetracker.membership.Membership;
import org.alliancetracker.project.Project;
import org.alliancetracker.source.Source;
import org.alliancetracker.testing.AllRecords;
import org.alliancetracker.testing.Browser;
import org.alliancetracker.testing.GeneratedData;

/** Merging a duplicate organization into the one kept: what moves, what is combined, and what is refused. */
@QuarkusTest
class OrganizationMergeTest {

    @Inject
    EditorRegistry registry;

    private Browser editor;

    @BeforeEach
    void logIn() {
        editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
    }

    private static Document html(Response response) {
        return Jsoup.parse(response.asString());
    }

    /** Opens the duplicate's merge page, then posts it with its version and these values. */
    private Response merge(Organization duplicate, Map<String, String> values) {
        Document form = editor.page("/edit/organization/" + duplicate.id + "/merge");
        Map<String, String> posted = new LinkedHashMap<>(values);
        posted.putIfAbsent("version", form.selectFirst("input[name=version]").val());
        return editor.post("/edit/organization/" + duplicate.id + "/merge", posted);
    }

    /** Gives the organization, in the caller's transaction, a website and a former name: what a merge moves. */
    private static Organization withWebsiteAndFormerName(Organization organization, String formerName) {
        Organization o = Organization.findById(organization.id);
        o.website = "https://duplicate.example/";
        FormerName former = new FormerName();
        former.organization = o;
        former.name = formerName;
        former.persist();
        return o;
    }

    private static Set<String> isoDates(List<PartialDate> dates) {
        return dates.stream().map(PartialDate::iso).collect(Collectors.toSet());
    }

    @Test
    void everyRecordOfTheDuplicateMovesToTheOrganizationKept() {
        try (GeneratedData data = GeneratedData.allianceWithMembers(3)) {
            // Organization i joined the alliance and began backing the project in 2000 + i; each moved from the
            // project to the second in 2012; 0 bought 1, 1 bought 2, and 2 bought 0.
            data.addMovesAndAcquisitions(PartialDate.parse("2012"), PartialDate.parse("2013"));
            Organization kept = data.organizations.get(0);
            Organization duplicate = data.organizations.get(1);
            Organization third = data.organizations.get(2);
            String oldName = data.prefix + " Old Name";
            String oldSlug = data.prefix + "-old-slug";
            long duplicateMembership = QuarkusTransaction.requiringNew().call(() -> {
                Organization d = withWebsiteAndFormerName(duplicate, oldName);
                FormerSlug.remember(d, oldSlug);
                GeneratedData.touch();
                return Membership.ofOrganization(d).get(0).id;
            });

            Document page = editor.page("/organizations/" + duplicate.slug);
            assertEquals("/edit/organization/" + duplicate.id + "/merge",
                    page.selectFirst(".edit-links a:contains(Merge)").attr("href"));
            assertNull(Browser.visitor().page("/organizations/" + duplicate.slug)
                    .selectFirst(".edit-links a:contains(Merge)"), "only editors see the link");

            Document form = editor.page("/edit/organization/" + duplicate.id + "/merge");
            List<String> moving = form.select("#moving li").eachText();
            assertTrue(moving.contains("its membership of " + data.alliance.name), moving.toString());
            assertTrue(moving.contains("its backing of " + data.project.name), moving.toString());
            assertTrue(moving.contains("its former name " + oldName), moving.toString());
            assertEquals("", form.selectFirst("#f-into").val());
            assertNotNull(form.selectFirst("#f-into[data-lookup]"), "the field offers names as one types");
            assertTrue(form.selectFirst("#f-keepName").hasAttr("checked"), "the name is kept unless one says not");
            assertTrue(form.selectFirst(".revert-note").text().startsWith("Reverting the merge's deletion there"
                    + " undoes the merge"));

            long lastChange = QuarkusTransaction.requiringNew()
                    .call(() -> AuditEntry.<AuditEntry>find("order by id desc").firstResult().id);
            Response merged = merge(duplicate, Map.of("into", kept.name, "keepName", "true"));
            assertEquals(303, merged.statusCode(), html(merged).select(".field-error").eachText().toString());
            assertTrue(merged.header("Location").endsWith("/organizations/" + kept.slug), merged.header("Location"));
            String flash = editor.page("/organizations/" + kept.slug).selectFirst(".flash").text();
            assertTrue(flash.startsWith("Merged " + duplicate.name + " into " + kept.name), flash);

            QuarkusTransaction.requiringNew().run(() -> {
                assertNull(Organization.findById(duplicate.id), "the duplicate is gone");
                Organization k = Organization.findById(kept.id);
                assertEquals(Set.of("2000-01", "2001-02"), isoDates(Membership.ofOrganization(k).stream()
                        .map(m -> m.joined).toList()), "both memberships, now the kept organization's");
                assertEquals(2, Backing.ofOrganization(k).size());
                assertEquals(1, BackerChange.ofOrganization(k).size(),
                        "the two moves of the same date between the same projects are one");
                assertEquals(Set.of(k.name + " bought " + third.name, third.name + " bought " + k.name),
                        OwnershipEvent.involving(k).stream().map(e -> e.acquirer.name + " bought " + e.acquired.name)
                                .collect(Collectors.toSet()), "an acquisition of one by the other is deleted");
                assertEquals(Set.of(oldName, duplicate.name),
                        FormerName.of(k).stream().map(f -> f.name).collect(Collectors.toSet()));
                assertEquals("https://duplicate.example/", k.website, "a field the kept one lacked is filled in");
                AuditEntry deletion = AuditEntry.<AuditEntry>find("recordType = 'organization' and recordId = ?1"
                        + " and action = ?2", duplicate.id, AuditEntry.Action.DELETED).singleResult();
                assertEquals("Merged organization: " + duplicate.name + " into " + kept.name, deletion.summary);
                assertEquals(1, AuditEntry.count("recordType = 'membership' and recordId = ?1 and action = ?2"
                        + " and id > ?3", duplicateMembership, AuditEntry.Action.UPDATED, lastChange),
                        "each record moved is in the history and the change feed");
            });

            // The history names the organization a record had before, though it is gone.
            Document history = editor.page("/history/membership/" + duplicateMembership);
            assertEquals(List.of(duplicate.name + " (deleted)"), history.select("table.changes tr:has(th:contains("
                    + "Organization)) td[data-label=Before]").eachText());
            assertEquals(kept.name, history.selectFirst("table.changes tr:has(th:contains(Organization))"
                    + " td[data-label=After]").text());

            Browser visitor = Browser.visitor();
            for (String slug : List.of(duplicate.slug, oldSlug)) {
                Response redirect = visitor.get("/organizations/" + slug);
                assertEquals(301, redirect.statusCode(), slug);
                assertTrue(redirect.header("Location").endsWith("/organizations/" + kept.slug), slug);
            }
            assertTrue(visitor.page("/search?q=" + duplicate.name).select("a[href=/organizations/" + kept.slug + "]")
                    .size() > 0, "a search for the duplicate's name finds the organization kept");
        }
    }

    @Test
    void aMergeIsUndoneByRevertingItsDeletionEveryRecordBackAsItWas() {
        try (GeneratedData data = GeneratedData.allianceWithMembers(3)) {
            // Moves of the same date between the same projects, combined; acquisitions between the two, dropped.
            data.addMovesAndAcquisitions(PartialDate.parse("2012"), PartialDate.parse("2013"));
            Organization kept = data.organizations.get(0);
            Organization duplicate = data.organizations.get(1);
            QuarkusTransaction.requiringNew().run(() -> {
                Organization d = withWebsiteAndFormerName(duplicate, data.prefix + " Older Name");
                // A move of its own, which moves to the kept organization with the backing it ended.
                BackerChange move = BackerChange.ofOrganization(d).get(0);
                move.movedOn = PartialDate.parse("2012-07");
                move.endedBacking = Backing.ofOrganization(d).get(0);
                GeneratedData.touch();
            });
            Map<String, Map<String, String>> before = AllRecords.values(registry);
            assertEquals(303, merge(duplicate, Map.of("into", kept.slug, "keepName", "true")).statusCode());
            assertFalse(before.equals(AllRecords.values(registry)), "merged");

            AuditEntry merged = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>find(
                    "recordType = 'organization' and recordId = ?1 and action = ?2", duplicate.id,
                    AuditEntry.Action.DELETED).singleResult());
            Document history = editor.page("/history/organization/" + duplicate.id);
            assertTrue(history.selectFirst("#change-" + merged.id + " .cascade").text().startsWith("It also deleted"
                    + " or changed "), "the merge's changes to other records are reverted with it");
            editor.page("/history");
            Response reverted = editor.post("/history/" + merged.id + "/revert", Map.of());
            String said = editor.flashAfter(reverted);
            assertTrue(said.startsWith("Reverted change " + merged.id + ": re-created the organization "
                    + duplicate.name + ". Also re-created the record deleted with it, restored the 6 records the"
                    + " deletion changed and deleted the record made with it."), said);
            assertEquals(before, AllRecords.values(registry), "every record as before the merge: " + said);
            assertEquals(200, Browser.visitor().get("/organizations/" + duplicate.slug).statusCode());
        }
    }

    @Test
    void aMergeRevertedLeavesTheFormerNameItMadeWhereItWasChangedSince() {
        try (GeneratedData data = GeneratedData.allianceWithMembers(2)) {
            Organization kept = data.organizations.get(0);
            Organization duplicate = data.organizations.get(1);
            assertEquals(303, merge(duplicate, Map.of("into", kept.slug, "keepName", "true")).statusCode());
            AuditEntry named = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>find(
                    "recordType = 'former-name' and action = ?1 order by id desc", AuditEntry.Action.CREATED)
                    .firstResult());
            String path = "/edit/former-name/" + named.recordId;
            String version = editor.page(path).selectFirst("input[name=version]").val();
            assertEquals(303, editor.post(path, Map.of("version", version, "organization", kept.slug,
                    "name", duplicate.name, "usedUntil", "2009")).statusCode());
            long merged = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>find(
                    "recordType = 'organization' and recordId = ?1 and action = ?2", duplicate.id,
                    AuditEntry.Action.DELETED).singleResult().id);

            editor.page("/history");
            Response reverted = editor.post("/history/" + merged + "/revert", Map.of());
            String said = editor.flashAfter(reverted);
            assertTrue(said.endsWith(" Change " + named.id + " (" + named.summary + ") was not reverted: the former"
                    + " name was changed since."), said);
            assertEquals("2009", QuarkusTransaction.requiringNew().call(() ->
                    FormerName.<FormerName>findById(named.recordId).usedUntil.iso()), "the later edit stays");
            assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Membership.count("organization.id",
                    duplicate.id)), "the rest is reverted");
        }
    }

    @Test
    void aRecordBothHadIsKeptOnceWithTheSourcesOfBothAndWhatOnlyTheDuplicatesSaid() {
        // Both joined the alliance and began backing the project in January 2005.
        try (GeneratedData data = GeneratedData.allianceWithMembersNamed(List.of("Same A", "Same B"))) {
            Organization kept = data.organizations.get(0);
            Organization duplicate = data.organizations.get(1);
            String extraTitle = data.prefix + " second source";
            long duplicateMembership = QuarkusTransaction.requiringNew().call(() -> {
                Source extra = new Source();
                extra.title = extraTitle;
                extra.publisher = "Generated";
                extra.persist();
                Membership left = Membership.ofOrganization(Organization.findById(duplicate.id)).get(0);
                left.sources.add(extra);
                left.departed = PartialDate.parse("2012");
                left.notes = "Left in 2012, says the second source.";
                Backing backing = Backing.ofOrganization(Organization.findById(duplicate.id)).get(0);
                backing.until = PartialDate.parse("2010");
                backing.notes = "The duplicate's note.";
                Backing.ofOrganization(Organization.findById(kept.id)).get(0).notes = "The kept one's note.";
                Membership.ofOrganization(Organization.findById(kept.id)).get(0).departed = null;
                // The duplicate's move ends its backing of the project: it must end the kept one's afterwards.
                BackerChange move = new BackerChange();
                move.organization = backing.organization;
                move.fromProject = backing.project;
                move.toProject = Project.findById(data.secondProject.id);
                move.movedOn = PartialDate.parse("2010");
                move.endedBacking = backing;
                move.persist();
                GeneratedData.touch();
                return Membership.ofOrganization(backing.organization).get(0).id;
            });

            Response merged = merge(duplicate, Map.of("into", kept.slug, "keepName", "false"));
            assertEquals(303, merged.statusCode(), html(merged).select(".field-error").eachText().toString());

            QuarkusTransaction.requiringNew().run(() -> {
                Organization k = Organization.findById(kept.id);
                List<Membership> memberships = Membership.ofOrganization(k);
                assertEquals(1, memberships.size(), "the same membership is recorded once");
                assertEquals(Set.of(data.source.title, extraTitle),
                        memberships.get(0).sources.stream().map(s -> s.title).collect(Collectors.toSet()));
                assertEquals("2012", memberships.get(0).departed.iso(), "a leaving only the duplicate's recorded");
                assertEquals("Left in 2012, says the second source.", memberships.get(0).notes);
                List<Backing> backings = Backing.ofOrganization(k);
                assertEquals(1, backings.size(), "the same backing is recorded once");
                assertEquals("2010", backings.get(0).until.iso(), "an end only the duplicate's recorded");
                assertEquals("The kept one's note.", backings.get(0).notes, "where both say, the kept one's stays");
                BackerChange move = BackerChange.ofOrganization(k).get(0);
                assertEquals(backings.get(0).id, move.endedBacking.id, "the move ends the backing kept");
                assertTrue(FormerName.of(k).isEmpty(), "with the box clear, the duplicate's name is not kept");
                assertEquals(1, AuditEntry.count("recordType = 'membership' and action = ?1 and recordId = ?2",
                        AuditEntry.Action.DELETED, duplicateMembership), "the duplicate's is deleted, in the history");
            });
        }
    }

    @Test
    void aPageOpenedBeforeAnotherMergeIntoItsOrganizationIsOutOfDate() {
        try (GeneratedData data = GeneratedData.allianceWithMembers(3)) {
            Organization kept = data.organizations.get(0);
            Organization duplicate = data.organizations.get(1);
            Organization third = data.organizations.get(2);
            String openedAt = editor.page("/edit/organization/" + duplicate.id + "/merge")
                    .selectFirst("input[name=version]").val();
            // Meanwhile, a third organization is merged into this one: the page no longer lists all it has.
            assertEquals(303, merge(third, Map.of("into", duplicate.slug)).statusCode());

            Response stale = editor.post("/edit/organization/" + duplicate.id + "/merge",
                    Map.of("into", kept.slug, "version", openedAt));
            assertEquals(409, stale.statusCode());
            Document shown = html(stale);
            assertTrue(shown.select("#moving li").eachText().contains("its membership of " + data.alliance.name),
                    "the page lists what it has now");
            assertEquals(2, shown.select("#moving li").eachText().stream()
                    .filter(r -> r.equals("its membership of " + data.alliance.name)).count());
            assertNotNull(QuarkusTransaction.requiringNew().call(() -> Organization.findById(duplicate.id)));

            Response merged = editor.post("/edit/organization/" + duplicate.id + "/merge",
                    Map.of("into", kept.slug, "version", shown.selectFirst("input[name=version]").val()));
            assertEquals(303, merged.statusCode(), "merged at the version shown");
            assertEquals(3L, QuarkusTransaction.requiringNew().call(() -> Membership.count("organization.id",
                    kept.id)), "the three organizations' memberships are the kept one's");
        }
    }

    @Test
    void aBotMergesThroughTheApiWithItsTokenAndTheDuplicatesVersion() {
        try (GeneratedData data = GeneratedData.allianceWithMembers(2)) {
            Organization kept = data.organizations.get(0);
            Organization duplicate = data.organizations.get(1);
            Account owner = Browser.newAccount(Role.EDITOR);
            String token = Browser.loggedInAs(owner).apiToken("merging bot");
            String merge = "/api/v1/records/organization/" + duplicate.id + "/merge";
            String etag = given().get("/api/v1/records/organization/" + duplicate.id).header("ETag");
            long changes = QuarkusTransaction.requiringNew().call(() -> AuditEntry.count());

            Map<String, Object> body = Map.of("into", kept.id, "keepName", false);
            assertEquals(401, given().contentType("application/json").body(body).header("If-Match", etag)
                    .post(merge).statusCode());
            assertEquals(428, bot(token).body(body).post(merge).statusCode());
            Response stale = bot(token).header("If-Match", "\"99\"").body(body).post(merge);
            assertEquals(412, stale.statusCode());
            assertEquals(merge, stale.jsonPath().getString("instance"), "the problem names the address refused");
            Response same = bot(token).header("If-Match", etag)
                    .body(Map.of("into", duplicate.id)).post(merge);
            assertEquals(422, same.statusCode());
            assertEquals("application/problem+json", same.contentType());
            assertEquals(422, bot(token).header("If-Match", etag).body(Map.of()).post(merge).statusCode());
            assertEquals(422, bot(token).header("If-Match", etag).body(Map.of("into", 987654321L)).post(merge)
                    .statusCode(), "no organization to keep");
            assertEquals(404, bot(token).header("If-Match", etag).body(body)
                    .post("/api/v1/records/organization/987654321/merge").statusCode());
            assertEquals(changes, QuarkusTransaction.requiringNew().call(() -> AuditEntry.count()), "nothing changed");

            Response merged = bot(token).header("If-Match", etag).body(body).post(merge);
            assertEquals(200, merged.statusCode(), merged.asString());
            assertEquals(kept.id, merged.jsonPath().getLong("id"));
            assertEquals(kept.slug, merged.jsonPath().getString("slug"));
            assertEquals(2, merged.jsonPath().getInt("moved"), "its membership and its backing");
            QuarkusTransaction.requiringNew().run(() -> {
                assertNull(Organization.findById(duplicate.id));
                AuditEntry deletion = AuditEntry.<AuditEntry>find("recordType = 'organization' and recordId = ?1",
                        duplicate.id).singleResult();
                assertEquals(owner.username, deletion.username, "the token's owner made the change");
                assertTrue(FormerName.of(Organization.findById(kept.id)).isEmpty(), "keepName false");
            });
        }
    }

    private static RequestSpecification bot(String token) {
        return given().header("Authorization", "Bearer " + token).contentType("application/json");
    }

    @Test
    void whatCannotBeMergedIsRefusedBesideTheFieldAndNothingChanges() {
        try (GeneratedData data = GeneratedData.allianceWithMembers(2)) {
            Organization duplicate = data.organizations.get(1);
            long changes = QuarkusTransaction.requiringNew().call(() -> AuditEntry.count());
            Map<String, String> cases = Map.of(
                    "", "Choose the organization to keep.",
                    duplicate.name, "Choose another organization than " + duplicate.name + " to keep.",
                    data.prefix + " no such organization", "No organization is called");
            cases.forEach((typed, message) -> {
                Response refused = merge(duplicate, Map.of("into", typed, "keepName", "true"));
                assertEquals(422, refused.statusCode(), typed);
                Document shown = html(refused);
                assertTrue(shown.selectFirst("#f-into-error").text().startsWith(message),
                        typed + ": " + shown.selectFirst("#f-into-error").text());
                assertEquals(typed, shown.selectFirst("#f-into").val(), "what was typed is shown again");
                assertTrue(shown.selectFirst("#f-keepName").hasAttr("checked"));
            });

            Response stale = merge(duplicate, Map.of("into", data.organizations.get(0).name, "version", "99"));
            assertEquals(409, stale.statusCode());
            Document shown = html(stale);
            assertTrue(shown.selectFirst(".error-message").text().contains("changed since you opened this page"),
                    shown.selectFirst(".error-message").text());
            assertEquals(data.organizations.get(0).name, shown.selectFirst("#f-into").val());

            assertEquals(changes, QuarkusTransaction.requiringNew().call(() -> AuditEntry.count()), "nothing changed");
            assertNotNull(QuarkusTransaction.requiringNew().call(() -> Organization.findById(duplicate.id)));
            assertEquals(404, editor.get("/edit/organization/987654321/merge").statusCode());
            assertFalse(editor.get("/edit/organization/" + duplicate.id + "/merge").asString().contains("Exception"));
        }
    }
}
