package org.alliancetracker.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.alliancetracker.account.Role;
import org.alliancetracker.history.AuditEntry;
import org.alliancetracker.testing.Browser;
import org.alliancetracker.testing.GeneratedData;

/** Old addresses of a record whose slug an editor changed lead to its current ones. */
@QuarkusTest
class FormerSlugTest {

    private Browser editor;

    @BeforeEach
    void logIn() {
        editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
    }

    /** Saves the record's form as it stands but for its slug. */
    private void changeSlug(String kind, long id, String slug) {
        String path = "/edit/" + kind + "/" + id;
        Element form = editor.page(path).selectFirst("form[method=post]:has(input[name=slug])");
        Map<String, List<String>> values = new LinkedHashMap<>();
        String fields = "input[name]:not([type=submit]):not([type=checkbox]):not([type=radio]), input[name][checked],"
                + " textarea[name]";
        form.select(fields).forEach(e -> values.computeIfAbsent(e.attr("name"), name -> new ArrayList<>())
                .add(e.val()));
        form.select("select[name] option[selected]").forEach(e -> values.computeIfAbsent(
                e.closest("select").attr("name"), name -> new ArrayList<>()).add(e.val()));
        values.put("slug", List.of(slug));
        Response saved = editor.post(path, values);
        assertEquals(303, saved.statusCode(), saved.asString());
    }

    private static Response get(String path) {
        return given().redirects().follow(false).get(path);
    }

    private static void assertMoved(String from, String to) {
        Response moved = get(from);
        assertEquals(301, moved.statusCode(), from);
        assertTrue(moved.header("Location").endsWith(to), moved.header("Location") + " for " + from);
        assertEquals("no-store", moved.header("Cache-Control"), "the old slug may be given to another record");
    }

    @Test
    void everyOldAddressOfAnOrganizationLeadsToItsNewOne() {
        try (GeneratedData data = GeneratedData.allianceWithMembers(2)) {
            long id = data.organizations.get(0).id;
            String old = data.organizations.get(0).slug;
            String renamed = data.prefix + "-renamed";
            changeSlug("organization", id, renamed);
            assertMoved("/organizations/" + old, "/organizations/" + renamed);
            assertMoved("/timelines/organizations/" + old + "/lanes.svg?from=2001&to=2010",
                    "/timelines/organizations/" + renamed + "/lanes.svg?from=2001&to=2010");
            assertMoved("/embed/organizations/" + old + "/lanes", "/embed/organizations/" + renamed + "/lanes");
            assertMoved("/api/v1/organizations/" + old, "/api/v1/organizations/" + renamed);
            assertEquals(200, given().get("/organizations/" + old).statusCode(), "followed, the redirect leads home");

            // Renamed again: both old slugs lead to the current one, in one step.
            String again = data.prefix + "-again";
            changeSlug("organization", id, again);
            assertMoved("/organizations/" + old, "/organizations/" + again);
            assertMoved("/organizations/" + renamed, "/organizations/" + again);

            // An old slug taken by another organization is that one's address.
            changeSlug("organization", data.organizations.get(1).id, old);
            Response taken = get("/organizations/" + old);
            assertEquals(200, taken.statusCode());
            assertTrue(taken.asString().contains(data.organizations.get(1).name));

            // Back to its first slug: the one it had in between leads there.
            changeSlug("organization", data.organizations.get(1).id, data.prefix + "-second");
            changeSlug("organization", id, old);
            assertEquals(200, get("/organizations/" + old).statusCode());
            assertMoved("/organizations/" + again, "/organizations/" + old);

            // Deleted: no old address leads anywhere.
            editor.page("/edit/organization/" + id + "/delete");
            assertEquals(303, editor.post("/edit/organization/" + id + "/delete", Map.of()).statusCode());
            assertEquals(404, get("/organizations/" + again).statusCode());
            assertEquals(404, get("/organizations/" + renamed).statusCode());

            // Its deletion reverted, it is back at its id, and so are its old addresses.
            long deletion = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>find(
                    "recordType = 'organization' and recordId = ?1 and action = ?2", id, AuditEntry.Action.DELETED)
                    .singleResult().id);
            editor.page("/history");
            assertEquals(303, editor.post("/history/" + deletion + "/revert", Map.of()).statusCode());
            assertEquals(200, get("/organizations/" + old).statusCode());
            assertMoved("/organizations/" + again, "/organizations/" + old);
            assertMoved("/organizations/" + renamed, "/organizations/" + old);
            assertMoved("/api/v1/organizations/" + renamed, "/api/v1/organizations/" + old);
        }
    }

    @Test
    void anAddressTypedWithCapitalsLeadsToTheRecordItsLowerCaseNames() {
        assertMoved("/organizations/IBM", "/organizations/ibm");
        assertMoved("/organizations/Red-Hat?x=1", "/organizations/red-hat?x=1");
        assertMoved("/timelines/projects/KVM/growth.svg?from=2008", "/timelines/projects/kvm/growth.svg?from=2008");
        assertMoved("/api/v1/alliances/Open-Virtualization-Alliance/members",
                "/api/v1/alliances/open-virtualization-alliance/members");
        assertEquals(404, get("/organizations/No-Such-Organization").statusCode());
        assertEquals(404, get("/projects/IBM").statusCode(), "a slug leads to a record of its own kind only");
        Response compared = get("/timelines/compare.svg?projects=XEN,Kvm");
        assertEquals(200, compared.statusCode(), "a comparison's slugs are read in lower case too");
        try (GeneratedData data = GeneratedData.allianceWithMembers(1)) {
            String old = data.organizations.get(0).slug;
            String renamed = data.prefix + "-renamed";
            changeSlug("organization", data.organizations.get(0).id, renamed);
            assertMoved("/organizations/" + old.toUpperCase(Locale.ROOT), "/organizations/" + renamed);
        }
    }

    /** Merges the organization into the other from its merge form, keeping its name as a former name. */
    private void merge(long duplicate, String keptSlug) {
        String path = "/edit/organization/" + duplicate + "/merge";
        String version = editor.page(path).selectFirst("input[name=version]").val();
        assertEquals(303, editor.post(path, Map.of("version", version, "into", keptSlug, "keepName", "true"))
                .statusCode());
    }

    private void revertDeletionOf(long organization) {
        long deletion = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>find(
                "recordType = 'organization' and recordId = ?1 and action = ?2 order by id desc", organization,
                AuditEntry.Action.DELETED).firstResult().id);
        editor.page("/history");
        assertEquals(303, editor.post("/history/" + deletion + "/revert", Map.of()).statusCode());
    }

    @Test
    void aMergedOrganizationsOldAddressesLeadToItAgainOnceItsMergeIsReverted() {
        try (GeneratedData data = GeneratedData.allianceWithMembers(3)) {
            List<Long> ids = data.organizations.stream().map(o -> o.id).toList();
            String first = data.organizations.get(0).slug;
            String second = data.organizations.get(1).slug;
            String third = data.organizations.get(2).slug;
            String firstNow = data.prefix + "-first-now";
            String secondNow = data.prefix + "-second-now";
            changeSlug("organization", ids.get(0), firstNow);
            changeSlug("organization", ids.get(1), secondNow);
            // The first merged into the second, then the second into the third: every old address leads there.
            merge(ids.get(0), secondNow);
            merge(ids.get(1), third);
            for (String slug : List.of(first, firstNow, second, secondNow)) {
                assertMoved("/organizations/" + slug, "/organizations/" + third);
            }

            // The first merge reverted while the second stands: the first organization's addresses lead to it.
            revertDeletionOf(ids.get(0));
            assertEquals(200, get("/organizations/" + firstNow).statusCode());
            assertMoved("/organizations/" + first, "/organizations/" + firstNow);
            assertMoved("/api/v1/organizations/" + first, "/api/v1/organizations/" + firstNow);
            assertMoved("/organizations/" + second, "/organizations/" + third);

            // Then the second: its addresses lead to it, and the third keeps its own.
            revertDeletionOf(ids.get(1));
            assertEquals(200, get("/organizations/" + secondNow).statusCode());
            assertMoved("/organizations/" + second, "/organizations/" + secondNow);
            assertMoved("/organizations/" + first, "/organizations/" + firstNow);
            assertEquals(200, get("/organizations/" + third).statusCode());

            // Merged the same way again, and reverted the latest first: each step leads them back one merge.
            merge(ids.get(0), secondNow);
            merge(ids.get(1), third);
            revertDeletionOf(ids.get(1));
            for (String slug : List.of(first, firstNow, second)) {
                assertMoved("/organizations/" + slug, "/organizations/" + secondNow);
            }
            revertDeletionOf(ids.get(0));
            assertMoved("/organizations/" + first, "/organizations/" + firstNow);
            assertEquals(200, get("/organizations/" + firstNow).statusCode());
            assertMoved("/organizations/" + second, "/organizations/" + secondNow);
        }
    }

    @Test
    void anAllianceAndAProjectLeadToTheirNewAddressesAndAnOldComparisonStillCompares() {
        try (GeneratedData data = GeneratedData.allianceWithMembers(1)) {
            String oldAlliance = data.alliance.slug;
            changeSlug("alliance", data.alliance.id, data.prefix + "-moved-alliance");
            assertMoved("/alliances/" + oldAlliance + "/members.csv?at=2010",
                    "/alliances/" + data.prefix + "-moved-alliance/members.csv?at=2010");
            assertMoved("/timelines/alliances/" + oldAlliance + "/swimlanes.svg",
                    "/timelines/alliances/" + data.prefix + "-moved-alliance/swimlanes.svg");

            String oldProject = data.project.slug;
            String newProject = data.prefix + "-moved-project";
            changeSlug("project", data.project.id, newProject);
            assertMoved("/projects/" + oldProject, "/projects/" + newProject);
            assertMoved("/timelines/projects/" + oldProject + "/backers.svg?from=2001",
                    "/timelines/projects/" + newProject + "/backers.svg?from=2001");
            assertMoved("/embed/projects/" + oldProject + "/growth", "/embed/projects/" + newProject + "/growth");
            assertMoved("/api/v1/projects/" + oldProject + "/backers", "/api/v1/projects/" + newProject + "/backers");
            assertMoved("/api/v1/projects/" + oldProject, "/api/v1/projects/" + newProject);
            assertEquals(200, get("/api/v1/backer-changes?from=" + oldProject).statusCode(),
                    "a bot filtering moves by an old slug still gets them");

            Response compared = get("/timelines/compare.svg?projects=" + oldProject + ",kvm");
            assertEquals(200, compared.statusCode(), compared.asString());
            assertTrue(compared.asString().contains(data.project.name));
            Response embedded = get("/embed/compare?projects=" + oldProject + ",kvm");
            assertEquals(200, embedded.statusCode());
            assertTrue(embedded.asString().contains("/timelines/compare?projects=" + newProject + ",kvm"),
                    "the embed links to the comparison's current address");
            assertEquals(400, get("/timelines/compare.svg?projects=" + oldProject + "," + newProject).statusCode(),
                    "a project named twice is compared with nothing");
        }
    }
}
