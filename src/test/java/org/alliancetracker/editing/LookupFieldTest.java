package org.alliancetracker.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.alliancetracker.account.Role;
import org.alliancetracker.common.FormerSlug;
import org.alliancetracker.common.PartialDate;
import org.alliancetracker.history.AuditEntry;
import org.alliancetracker.membership.Membership;
import org.alliancetracker.organization.Organization;
import org.alliancetracker.organization.OrganizationKind;
import org.alliancetracker.source.Source;
import org.alliancetracker.testing.Browser;
import org.alliancetracker.testing.GeneratedData;

/**
 * Organization fields take a typed name: found in any case, by slug, or as "name (slug)" where names are shared.
 * Sources fields take titles, one per line, likewise: "title (id)" where titles are shared.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LookupFieldTest {

    private GeneratedData data;
    private Organization twin;
    private Source cited;
    private Source alsoCited;
    private Source sharedOne;
    private Source sharedOther;
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
        cited = source(data.prefix + " Annual Report");
        alsoCited = source(data.prefix + " Press release");
        sharedOne = source(data.prefix + " shared title");
        sharedOther = source(data.prefix + " shared title");
    }

    private static Source source(String title) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Source s = new Source();
            s.title = title;
            s.persist();
            return s;
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

    private Response addMemberCiting(String joined, String sources) {
        editor.page("/edit/membership/new");
        return editor.post("/edit/membership/new", Map.of("alliance", String.valueOf(data.alliance.id),
                "organization", data.organizations.get(0).slug, "joined", joined, "sources", sources));
    }

    private static Set<Long> sourcesOf(Membership membership) {
        return QuarkusTransaction.requiringNew().call(() -> Membership.<Membership>findById(membership.id).sources
                .stream().map(s -> s.id).collect(Collectors.toSet()));
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
                PartialDate.parse(joined).earliest()).firstResult());
    }

    @Test
    void aNameInAnyCaseFindsItsOrganization() {
        Organization first = data.organizations.get(0);
        Response saved = addMember("  " + first.name.toUpperCase(Locale.ROOT) + " ", "2001-02");
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
    void aSlugItHadBeforeFindsItsOrganization() {
        String oldSlug = data.prefix + "-before-renaming";
        long renamed = QuarkusTransaction.requiringNew().call(() -> {
            Organization o = new Organization();
            o.slug = data.prefix + "-after-renaming";
            o.name = data.prefix + " Renamed Co";
            o.kind = OrganizationKind.COMPANY;
            o.persist();
            FormerSlug.remember(o, oldSlug);
            return o.id;
        });
        Response saved = addMember(oldSlug, "2001-04");
        assertEquals(303, saved.statusCode(), html(saved).select(".field-error").eachText().toString());
        assertEquals(renamed, QuarkusTransaction.requiringNew().call(() -> Membership.<Membership>find(
                "organization.id = ?1", renamed).singleResult().organization.id), "as its old address leads to it");
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
    void aNameTypedWithOtherSpacesAndPunctuationIsSuggested() {
        Organization first = data.organizations.get(0);
        String typed = first.name.replace("-", " ").replace(" organization ", "organization-");
        Response refused = addMember(typed, "2001-06");
        assertEquals(422, refused.statusCode());
        assertEquals("No organization is called “" + typed + "”. Did you mean “" + first.name + "”?",
                html(refused).selectFirst("#f-organization-error").text());
    }

    @Test
    void aMisspeltNameIsOfferedTheNamesItMayBeAMisspellingOfClosestFirst() {
        long before = auditCount();
        Organization first = data.organizations.get(0);
        String typed = first.name.replace("organization", "organisation");
        Response refused = addMember(typed, "2001-07");
        assertEquals(422, refused.statusCode());
        Document page = html(refused);
        String error = page.selectFirst("#f-organization-error").text();
        assertTrue(error.startsWith("No organization is called “" + typed + "”. Did you mean “" + first.name + "”, "),
                error);
        assertEquals(typed, page.selectFirst("input#f-organization").val());
        assertEquals(before, auditCount());
    }

    @Test
    void aMisspeltTitleIsOfferedTheTitleItMayBeAMisspellingOf() {
        String typed = data.prefix + " Anual Report";
        Response refused = addMemberCiting("2002-03", typed);
        assertEquals(422, refused.statusCode());
        assertEquals("No source is called “" + typed + "”. Did you mean “" + cited.title + "”?",
                html(refused).selectFirst("#f-sources-error").text());
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
        List<String> names = editor.getJson("/edit/lookup/organization?q=" + data.prefix.toUpperCase(Locale.ROOT)
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

    @Test
    void sourcesAreTypedOnePerLineByTitleAndShownSoAgain() {
        Response saved = addMemberCiting("2002-01", "  " + alsoCited.title.toUpperCase(Locale.ROOT)
                + " \r\n\r\n" + cited.title + "\n" + cited.title.toLowerCase(Locale.ROOT));
        assertEquals(303, saved.statusCode(), html(saved).select(".field-error").eachText().toString());
        Membership membership = membershipOf(data.organizations.get(0), "2002-01");
        assertEquals(Set.of(cited.id, alsoCited.id), sourcesOf(membership));

        // The form lists no sources: it shows the cited ones by title, one per line, and a re-save keeps them.
        Document form = editor.page("/edit/membership/" + membership.id);
        assertNull(form.selectFirst("select#f-sources"));
        assertEquals("/edit/lookup/source", form.selectFirst("textarea#f-sources").attr("data-lookup"));
        assertFalse(form.html().contains(sharedOne.title));
        String shown = form.selectFirst("textarea#f-sources").wholeText();
        assertEquals(cited.title + "\n" + alsoCited.title, shown);
        Response resaved = editor.post("/edit/membership/" + membership.id, Map.of("version",
                form.selectFirst("input[name=version]").val(), "alliance", String.valueOf(data.alliance.id),
                "organization", data.organizations.get(0).name, "joined", "2002-01", "sources", shown,
                "notes", "Checked."));
        assertEquals(303, resaved.statusCode(), html(resaved).select(".field-error").eachText().toString());
        assertEquals(Set.of(cited.id, alsoCited.id), sourcesOf(membership));

        // The history names them too.
        Document history = editor.page("/history/membership/" + membership.id);
        assertEquals(List.of("—", cited.title + "; " + alsoCited.title),
                history.select("table.changes tr:has(th:contains(Sources)) td").eachText());
    }

    @Test
    void aConflictShowsSourcesByTitleAndSavesThemOver() {
        assertEquals(303, addMemberCiting("2002-06", cited.title).statusCode());
        Membership membership = membershipOf(data.organizations.get(0), "2002-06");
        Document stale = editor.page("/edit/membership/" + membership.id);
        String version = stale.selectFirst("input[name=version]").val();
        Map<String, Object> mine = Map.of("version", version, "alliance", String.valueOf(data.alliance.id),
                "organization", data.organizations.get(0).slug, "joined", "2002-06",
                "sources", alsoCited.title + "\n" + cited.title);
        assertEquals(303, editor.post("/edit/membership/" + membership.id, Map.of("version", version,
                "alliance", String.valueOf(data.alliance.id), "organization", data.organizations.get(0).slug,
                "joined", "2002-06", "sources", cited.title, "notes", "Theirs.")).statusCode());
        Response conflict = editor.post("/edit/membership/" + membership.id, mine);
        assertEquals(409, conflict.statusCode());
        Document page = html(conflict);
        assertEquals(List.of(cited.title + "; " + alsoCited.title, cited.title),
                page.select("table.conflict tr:has(th:contains(Sources)) td").eachText());
        assertEquals(1, page.select("table.conflict tr.differs th:contains(Sources)").size());

        // Saving mine over theirs posts the titles back, one per line.
        Element form = page.selectFirst("form:has(input[name=sources])");
        Map<String, Object> again = new LinkedHashMap<>();
        form.select("input[type=hidden]").forEach(input -> again.put(input.attr("name"), input.val()));
        assertEquals(cited.title + "\n" + alsoCited.title, again.get("sources"));
        assertEquals(303, editor.post("/edit/membership/" + membership.id, again).statusCode());
        assertEquals(Set.of(cited.id, alsoCited.id), sourcesOf(membership));
    }

    @Test
    void aTitleThatFindsNoSourceIsKeptWithSuggestionsAndNothingIsSaved() {
        long before = auditCount();
        String typed = cited.title + "\n" + data.prefix + " press";
        Response refused = addMemberCiting("2002-02", typed);
        assertEquals(422, refused.statusCode());
        Document page = html(refused);
        String error = page.selectFirst("#f-sources-error").text();
        assertEquals("No source is called “" + data.prefix + " press”. Did you mean “" + alsoCited.title + "”?", error);
        assertEquals(typed, page.selectFirst("textarea#f-sources").wholeText());
        assertEquals(before, auditCount());
        assertNull(membershipOf(data.organizations.get(0), "2002-02"));
    }

    @Test
    void aSharedTitleAsksWhichOneTheTitleWithItsNumberChoosesAndANumberAloneIsATitle() {
        Response refused = addMemberCiting("2002-03", sharedOne.title);
        assertEquals(422, refused.statusCode());
        String error = html(refused).selectFirst("#f-sources-error").text();
        assertEquals("2 sources are called “" + sharedOne.title + "”: choose one of “" + sharedOne.title + " ("
                + sharedOne.id + ")” or “" + sharedOther.title + " (" + sharedOther.id + ")”.", error);

        assertEquals(303, addMemberCiting("2002-03", sharedOther.title + " (" + sharedOther.id + ")").statusCode());
        assertEquals(Set.of(sharedOther.id), sourcesOf(membershipOf(data.organizations.get(0), "2002-03")));

        Response number = addMemberCiting("2002-04", String.valueOf(cited.id));
        assertEquals(422, number.statusCode());
        assertTrue(html(number).selectFirst("#f-sources-error").text().startsWith("No source is called"));
        // A made-up number with a real title finds nothing either.
        Response wrongNumber = addMemberCiting("2002-04", cited.title + " (" + alsoCited.id + ")");
        assertEquals(422, wrongNumber.statusCode());
    }

    @Test
    void sourceSuggestionsContainTheTextAndTooManyLinesAreRefused() {
        List<String> titles = editor.getJson("/edit/lookup/source?q=" + data.prefix.toUpperCase(Locale.ROOT)
                + " SHARED").then().statusCode(200).extract().jsonPath().getList("", String.class);
        assertEquals(List.of(sharedOne.title + " (" + sharedOne.id + ")", sharedOther.title + " (" + sharedOther.id
                + ")"), titles);

        long before = auditCount();
        String lines = IntStream.rangeClosed(1, Lookups.MAX_NAMES + 1).mapToObj(i -> "Title " + i)
                .collect(Collectors.joining("\n"));
        Response refused = addMemberCiting("2002-05", lines);
        assertEquals(422, refused.statusCode());
        assertEquals("At most " + Lookups.MAX_NAMES + " sources, please (this has " + (Lookups.MAX_NAMES + 1) + ").",
                html(refused).selectFirst("#f-sources-error").text());
        assertEquals(before, auditCount());
    }
}
