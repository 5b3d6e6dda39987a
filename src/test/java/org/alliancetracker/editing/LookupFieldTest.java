package org.alliancetracker.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.alliancetracker.account.Role;
import org.alliancetracker.history.AuditEntry;
import org.alliancetracker.membership.Membership;
import org.alliancetracker.organization.Organization;
import org.alliancetracker.organization.OrganizationKind;
import org.alliancetracker.testing.Browser;
import org.alliancetracker.testing.GeneratedData;

/** Organization fields take a typed name: found in any case, by slug, or as "name (slug)" where names are shared. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LookupFieldTest {

    private GeneratedData data;
    private Organization twin;
    private Browser editor;

    @BeforeAll
    void setUp() {
        data = GeneratedData.allianceWithMembers(3);
        // A second organization with the name of the second one (names need not be unique; slugs are).
        twin = QuarkusTransaction.requiringNew().call(() -> {
            Organization o = new Organization();
            o.slug = data.prefix + "-twin";
            o.name = data.organizations.get(1).name;
            o.kind = OrganizationKind.COMPANY;
            o.persist();
            return o;
        });
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

    private Response addMember(String organization, String joined) {
        editor.page("/edit/membership/new");
        return editor.post("/edit/membership/new", Map.of("alliance", String.valueOf(data.alliance.id),
                "organization", organization, "joined", joined));
    }

    private static Document html(Response response) {
        return Jsoup.parse(response.asString());
    }

    private static long auditCount() {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.count());
    }

    private static Membership membershipOf(Organization organization, String joined) {
        return QuarkusTransaction.requiringNew().call(() -> Membership.<Membership>find(
                "organization.id = ?1 and joined.earliest = ?2", organization.id,
                org.alliancetracker.common.PartialDate.parse(joined).earliest()).firstResult());
    }

    @Test
    void aNameInAnyCaseFindsItsOrganization() {
        Organization first = data.organizations.get(0);
        Response saved = addMember("  " + first.name.toUpperCase(java.util.Locale.ROOT) + " ", "2001-02");
        assertEquals(303, saved.statusCode(), html(saved).select(".field-error").eachText().toString());
        assertEquals(first.id, membershipOf(first, "2001-02").organization.id);
    }

    @Test
    void aSlugFindsItsOrganization() {
        Organization third = data.organizations.get(2);
        assertEquals(303, addMember(third.slug, "2001-03").statusCode());
        assertEquals(third.id, membershipOf(third, "2001-03").organization.id);
    }

    @Test
    void aNameThatFindsNoOrganizationIsKeptWithSuggestionsAndNothingIsSaved() {
        long before = auditCount();
        String typed = data.prefix + " organization";
        Response refused = addMember(typed, "2001-04");
        assertEquals(422, refused.statusCode());
        Document page = html(refused);
        String error = page.selectFirst("#f-organization-error").text();
        assertTrue(error.startsWith("No organization is called “" + typed + "”. Did you mean "), error);
        assertTrue(error.contains("“" + data.organizations.get(0).name + "”"), error);
        // A shared name is offered as what finds one of them.
        assertTrue(error.contains("“" + twin.name + " (" + twin.slug + ")”"), error);
        assertEquals(typed, page.selectFirst("input#f-organization").val());
        assertEquals("2001-04", page.selectFirst("input#f-joined").val());
        assertEquals(before, auditCount());
    }

    @Test
    void aNumberIsANameAndNeverAnId() {
        long before = auditCount();
        Response refused = addMember(String.valueOf(data.organizations.get(0).id), "2001-05");
        assertEquals(422, refused.statusCode());
        assertTrue(html(refused).selectFirst("#f-organization-error").text().startsWith("No organization is called"));
        assertEquals(before, auditCount());
    }

    @Test
    void aSharedNameAsksWhichOneAndTheNameWithItsSlugChooses() {
        Organization second = data.organizations.get(1);
        Response refused = addMember(second.name, "2001-06");
        assertEquals(422, refused.statusCode());
        String error = html(refused).selectFirst("#f-organization-error").text();
        assertTrue(error.contains("2 organizations are called"), error);
        assertTrue(error.contains("“" + second.name + " (" + twin.slug + ")”"), error);
        assertTrue(error.contains("“" + second.name + " (" + second.slug + ")”"), error);

        String chosen = twin.name + " (" + twin.slug + ")";
        assertEquals(303, addMember(chosen, "2001-06").statusCode());
        Membership membership = membershipOf(twin, "2001-06");
        assertEquals(twin.id, membership.organization.id);

        // The edit form shows what finds the same organization again, so an untouched field saves unchanged.
        Document form = editor.page("/edit/membership/" + membership.id);
        assertEquals(chosen, form.selectFirst("input#f-organization").val());
        Response resaved = editor.post("/edit/membership/" + membership.id, Map.of("version",
                form.selectFirst("input[name=version]").val(), "alliance", String.valueOf(data.alliance.id),
                "organization", chosen, "joined", "2001-06", "notes", "Checked."));
        assertEquals(303, resaved.statusCode(), html(resaved).select(".field-error").eachText().toString());
        assertEquals(twin.id, membershipOf(twin, "2001-06").organization.id);
    }

    @Test
    void theFormListsNoOrganizationsAndShowsAPresetByName() {
        Document form = editor.page("/edit/membership/new?organization=" + data.organizations.get(2).id);
        assertNull(form.selectFirst("select#f-organization"));
        assertEquals("f-organization-choices", form.selectFirst("input#f-organization").attr("list"));
        assertTrue(form.select("#f-organization-choices option").isEmpty());
        assertEquals(data.organizations.get(2).name, form.selectFirst("input#f-organization").val());
        assertFalse(form.html().contains(data.organizations.get(0).name));
        assertNotEquals(null, form.selectFirst("script[src=/lookup.js]"));
    }

    @Test
    void suggestionsAreTheNamesThatContainTheText() {
        List<String> names = editor.getJson("/edit/lookup/organization?q=" + data.prefix.toUpperCase(java.util.Locale.ROOT)
                + " ORGANIZATION").then().statusCode(200).extract().jsonPath().getList("", String.class);
        Organization second = data.organizations.get(1);
        assertEquals(List.of(data.organizations.get(0).name, second.name + " (" + second.slug + ")",
                second.name + " (" + twin.slug + ")", data.organizations.get(2).name), names);
        assertEquals(List.of(), editor.getJson("/edit/lookup/organization?q= ").then().statusCode(200).extract()
                .jsonPath().getList("", String.class));
        // A NUL, which PostgreSQL refuses in a query, is refused before any query.
        Response nul = editor.getJson("/edit/lookup/organization?q=a\u0000b");
        assertEquals(400, nul.statusCode());
        assertTrue(nul.contentType().startsWith("application/problem+json"), nul.contentType());
    }

    @Test
    void suggestionsAreCappedForEditorsOnlyAndForKnownKindsOnly() {
        List<String> many = editor.getJson("/edit/lookup/organization?q=a").then().statusCode(200).extract().jsonPath()
                .getList("", String.class);
        assertTrue(many.size() <= LookupResource.LIMIT, many.toString());
        assertEquals(404, editor.getJson("/edit/lookup/planet?q=a").statusCode());
        int anonymous = Browser.visitor().getJson("/edit/lookup/organization?q=a").statusCode();
        assertTrue(anonymous == 302 || anonymous == 303 || anonymous == 401, String.valueOf(anonymous));
    }

    @Test
    void historyAndConflictsShowNamesNotIds() {
        Organization first = data.organizations.get(0);
        assertEquals(303, addMember(first.name, "2001-07").statusCode());
        Membership membership = membershipOf(first, "2001-07");
        Document history = editor.page("/history/membership/" + membership.id);
        List<String> organizationRow = history.select("table.changes tr:has(th:contains(Organization)) td").eachText();
        assertEquals(List.of("—", first.name), organizationRow);

        // A save over someone else's: both columns name the organization, and they do not differ.
        Document stale = editor.page("/edit/membership/" + membership.id);
        String version = stale.selectFirst("input[name=version]").val();
        assertEquals(303, editor.post("/edit/membership/" + membership.id, Map.of("version", version,
                "alliance", String.valueOf(data.alliance.id), "organization", first.slug, "joined", "2001-07",
                "notes", "First.")).statusCode());
        Response conflict = editor.post("/edit/membership/" + membership.id, Map.of("version", version,
                "alliance", String.valueOf(data.alliance.id), "organization", first.slug, "joined", "2001-07",
                "notes", "Second."));
        assertEquals(409, conflict.statusCode());
        Document page = html(conflict);
        assertEquals(List.of(first.name, first.name),
                page.select("table.conflict tr:has(th:contains(Organization)) td").eachText());
        assertTrue(page.select("table.conflict tr.differs th:contains(Organization)").isEmpty());
        assertEquals(first.name, page.selectFirst("form input[name=organization]").val());
    }
}
