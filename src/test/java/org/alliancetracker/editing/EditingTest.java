package org.alliancetracker.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.alliancetracker.account.Role;
import org.alliancetracker.account.Sessions;
import org.alliancetracker.alliance.Alliance;
import org.alliancetracker.alliance.MembershipTier;
import org.alliancetracker.backing.BackerChange;
import org.alliancetracker.backing.Backing;
import org.alliancetracker.common.PartialDate;
import org.alliancetracker.common.SluggedEntity;
import org.alliancetracker.common.Slugs;
import org.alliancetracker.common.TrackedEntity;
import org.alliancetracker.history.AuditEntry;
import org.alliancetracker.membership.Membership;
import org.alliancetracker.organization.FormerName;
import org.alliancetracker.organization.Organization;
import org.alliancetracker.organization.OwnershipEvent;
import org.alliancetracker.source.Source;
import org.alliancetracker.testing.Browser;
import org.alliancetracker.testing.GeneratedData;

/** Every form's happy path and validation, conflicts, the one-form move, deletes with dependents, and reverts. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditingTest {

    private GeneratedData data;
    private Browser editor;

    @BeforeAll
    void setUp() {
        data = GeneratedData.allianceWithMembers(6);
    }

    /** Logs in within a test: RestAssured knows the test port only once a test runs. */
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

    private static Document html(Response response) {
        return Jsoup.parse(response.asString());
    }

    private String id(Object record) {
        return String.valueOf(((TrackedEntity) record).id);
    }

    private static long auditCount() {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.count());
    }

    private static AuditEntry lastAudit() {
        return QuarkusTransaction.requiringNew()
                .call(() -> AuditEntry.<AuditEntry>find("order by id desc").firstResult());
    }

    private Response submit(String path, Map<String, ?> values) {
        editor.page(path);
        return editor.post(path, values);
    }

    /** Deletes the record with its delete page's form. */
    private void deleteWithForm(String type, long id) {
        String path = "/edit/" + type + "/" + id + "/delete";
        editor.page(path);
        assertEquals(303, editor.post(path, Map.of()).statusCode());
    }

    /** Posts the history's Revert for the change, from a page just read, and answers the message then shown. */
    private String revert(long entryId) {
        editor.page("/history");
        return editor.flashAfter(editor.post("/history/" + entryId + "/revert", Map.of()));
    }

    /** For each kind of record: valid values, then values with one error and the field that must show it. */
    Stream<Arguments> forms() {
        String p = data.prefix;
        // Lookup fields take what an editor types: a name, or a slug; sources by title.
        String org0 = data.organizations.get(0).name;
        String org1 = data.organizations.get(1).slug;
        String alliance = id(data.alliance);
        String project = id(data.project);
        String second = id(data.secondProject);
        String source = data.source.title;
        return Stream.of(
                Arguments.of("organization",
                        Map.of("name", p + " Created Org", "slug", p + "-created-org", "kind", "COMPANY"),
                        Map.of("name", p + " Bad", "slug", "Bad Slug", "kind", "COMPANY"), "slug",
                        "Use lower-case letters"),
                Arguments.of("project",
                        Map.of("name", p + " Created Project", "slug", p + "-created-project", "license",
                                "OPEN_SOURCE"),
                        Map.of("name", p + " Bad", "slug", p + "-bad-project"), "license",
                        "Choose open source or proprietary."),
                Arguments.of("alliance", Map.of("name", p + " Created Alliance", "slug", p + "-created-alliance",
                        "founded", "2020-05", "promotes", List.of(project, second), "sources", source),
                        Map.of("name", p + " Bad", "slug", p + "-bad-alliance", "founded", "2020-13"), "founded",
                        "2011-05-17"),
                Arguments.of("source",
                        Map.of("title", p + " created source", "url", "https://example.org/a", "published", "2011-05"),
                        Map.of("title", p + " bad source", "url", "javascript:alert(1)"), "url",
                        "Use an http:// or https:// address."),
                Arguments.of("tier", Map.of("alliance", alliance, "name", "Associate", "rank", "3"),
                        Map.of("alliance", alliance, "name", "Zero", "rank", "0"), "rank",
                        "Use a whole number from 1."),
                Arguments.of("membership", Map.of("alliance", alliance, "organization", org0, "joined", "2021-03",
                        "founding", "true", "sources", source),
                        Map.of("alliance", alliance, "organization", org0, "joined", "2021-03", "departed", "2020"),
                        "departed", "The leaving date must not be before the joining date."),
                Arguments.of("backing",
                        Map.of("organization", org0, "project", second, "role", "SPONSOR", "since", "2019"),
                        Map.of("organization", org0, "project", second, "role", "SPONSOR", "since", "2019", "until",
                                "2018"),
                        "until", "The end must not be before the start."),
                Arguments.of("backer-change", Map.of("organization", org0, "fromProject", project, "toProject", second,
                        "movedOn", "2022"),
                        Map.of("organization", org0, "fromProject", project, "toProject", project, "movedOn", "2022"),
                        "toProject", "The two projects must differ."),
                Arguments.of("ownership", Map.of("acquirer", org0, "acquired", org1, "occurredOn", "2020-02-29",
                        "priceNote", "Undisclosed"),
                        Map.of("acquirer", org0, "acquired", org0, "occurredOn", "2020"), "acquired",
                        "An organization cannot acquire itself."),
                Arguments.of("reported-count", Map.of("alliance", alliance, "asOf", "2021", "count", "50",
                        "qualifier", "ABOUT", "subject", "MEMBERS"),
                        Map.of("alliance", alliance, "asOf", "2021", "count", "lots", "qualifier", "ABOUT",
                                "subject", "MEMBERS"), "count", "Use a whole number"),
                Arguments.of("former-name", Map.of("organization", org0, "name", p + " Old Name", "usedUntil", "2019"),
                        Map.of("organization", org0, "name", " ", "usedUntil", "2019"), "name", "A name is required."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void eachFormSavesValidValuesWithAnAuditEntry(String type, Map<String, Object> valid, Map<String, Object> invalid,
            String field, String message) {
        long before = auditCount();
        Response saved = submit("/edit/" + type + "/new", valid);
        assertEquals(303, saved.statusCode(), type + ": " + html(saved).select(".field-error").eachText());
        AuditEntry entry = lastAudit();
        assertEquals(AuditEntry.Action.CREATED, entry.action);
        assertEquals(type, entry.recordType);
        assertEquals(before + 1, auditCount());
        assertNotNull(editor.page(saved.header("Location").replace("http://localhost:8081", "")
                .replaceFirst("^https?://[^/]+", "")).selectFirst(".flash"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void eachFormReShowsTheValuesWithAMessageBesideTheFieldAndSavesNothing(String type, Map<String, Object> valid,
            Map<String, Object> invalid, String field, String message) {
        long before = auditCount();
        Response refused = submit("/edit/" + type + "/new", invalid);
        assertEquals(422, refused.statusCode());
        Document form = html(refused);
        String shown = form.selectFirst("#f-" + field + "-error").text();
        assertTrue(shown.contains(message), type + " " + field + ": " + shown);
        assertEquals("true", form.selectFirst("#f-" + field).attr("aria-invalid"));
        invalid.forEach((name, value) -> {
            var input = form.selectFirst("input#f-" + name);
            if (input != null && !"checkbox".equals(input.attr("type")) && value instanceof String s) {
                assertEquals(s, input.val(), type + ": the form keeps " + name);
            }
        });
        assertNotNull(form.selectFirst(".error-message[role=alert]"));
        assertEquals(before, auditCount(), "nothing saved");
    }

    /** For each kind of record with an address: values for a new record that reuse an existing record's slug. */
    Stream<Arguments> slugOwners() {
        String p = data.prefix;
        return Stream.of(
                Arguments.of("organization", data.organizations.get(0),
                        Map.of("name", p + " Twin Org", "kind", "COMPANY")),
                Arguments.of("project", data.project, Map.of("name", p + " Twin Project", "license", "OPEN_SOURCE")),
                Arguments.of("alliance", data.alliance, Map.of("name", p + " Twin Alliance", "founded", "2020")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("slugOwners")
    void aSlugNamesOneRecordOfItsKindButARecordKeepsItsOwn(String type, SluggedEntity owner,
            Map<String, String> values) {
        long before = auditCount();
        Map<String, String> twin = new LinkedHashMap<>(values);
        twin.put("slug", owner.slug);
        Response refused = submit("/edit/" + type + "/new", twin);
        assertEquals(422, refused.statusCode());
        Document form = html(refused);
        assertEquals("Another " + type + " has the slug " + owner.slug + ".", form.selectFirst("#f-slug-error").text());
        assertEquals(owner.slug, form.selectFirst("input#f-slug").val(), "the form keeps the slug");
        assertEquals(before, auditCount(), "nothing saved");

        // Saving the owner unchanged keeps its slug: the rule is about other records.
        String path = "/edit/" + type + "/" + owner.id;
        Map<String, Object> unchanged = new LinkedHashMap<>();
        Document edit = editor.page(path);
        String inForm = "form[action=" + path + "] ";
        edit.select(inForm + "input[name]:not([type=checkbox]):not([type=radio]), " + inForm + "input[name][checked], "
                + inForm + "textarea[name]").forEach(i -> unchanged.put(i.attr("name"), i.val()));
        edit.select(inForm + "select[name]").forEach(select ->
                unchanged.put(select.attr("name"), select.select("option[selected]").eachAttr("value")));
        Response saved = editor.post(path, unchanged);
        assertEquals(303, saved.statusCode(), type + ": " + html(saved).select(".field-error").eachText());
    }

    @Test
    void visitorsCannotOpenOrPostForms() {
        Browser visitor = Browser.visitor();
        Response form = visitor.get("/edit/organization/new");
        assertEquals(302, form.statusCode());
        assertTrue(form.header("Location").contains("/login?next="));
        visitor.page("/login");
        long before = auditCount();
        Response post = visitor.post("/edit/organization/new", Map.of("name", "Intruder", "slug", "intruder",
                "kind", "COMPANY"));
        assertEquals(302, post.statusCode());
        assertEquals(before, auditCount());
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Organization.findBySlug("intruder")).isEmpty());
    }

    @Test
    void aFormWithoutAValidCsrfTokenIsRefused() {
        long before = auditCount();
        Map<String, String> values = Map.of("name", data.prefix + " csrf", "slug", data.prefix + "-csrf", "kind",
                "COMPANY");
        Response missing = editor.postRaw("/edit/organization/new", values);
        assertEquals(400, missing.statusCode());
        assertTrue(html(missing).selectFirst(".error-message").text().contains("Nothing was saved"));
        Map<String, String> forged = new LinkedHashMap<>(values);
        forged.put("csrf-token", "forged-token-value-000");
        assertEquals(400, editor.postRaw("/edit/organization/new", forged).statusCode());
        assertEquals(before, auditCount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"organization", "alliance", "project"})
    void aSlugsFieldSaysThatOldAddressesLeadToTheNewOnes(String kind) {
        String help = editor.page("/edit/" + kind + "/new").selectFirst("#f-slug-help").text();
        assertTrue(help.endsWith(Slugs.CHANGE_NOTE), help);
    }

    @Test
    void aBrowserFormPostWithItsOriginHeaderIsAccepted() {
        editor.page("/edit/organization/new");
        String origin = RestAssured.baseURI + ":" + RestAssured.port;
        Response saved = RestAssured.given().redirects().follow(false)
                .header("Origin", origin)
                .cookie(Sessions.COOKIE, editor.cookie(Sessions.COOKIE))
                .cookie("__Host-csrf-token", editor.cookie("__Host-csrf-token"))
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token",
                        editor.page("/edit/organization/new").selectFirst("input[name=csrf-token]").val())
                .formParam("name", data.prefix + " Origin Co").formParam("slug", data.prefix + "-origin-co")
                .formParam("kind", "COMPANY")
                .post("/edit/organization/new");
        assertEquals(303, saved.statusCode(), "browsers send Origin on same-origin posts");
    }

    @Test
    void aCookieAuthenticatedActionRefusesABodyThatIsNotAForm() {
        Organization target = data.organizations.get(1);
        editor.page("/edit/organization/" + target.id + "/delete");
        Response plain = RestAssured.given().redirects().follow(false)
                .cookie(Sessions.COOKIE, editor.cookie(Sessions.COOKIE))
                .contentType("text/plain").body("anything").post("/edit/organization/" + target.id + "/delete");
        assertEquals(415, plain.statusCode());
        assertNotNull(QuarkusTransaction.requiringNew().call(() -> Organization.findById(target.id)));
    }

    @Test
    void aSaveOverSomeoneElsesShowsBothValuesAndCanBeReApplied() {
        Organization target = data.organizations.get(2);
        String path = "/edit/organization/" + target.id;
        Document form = editor.page(path);
        String version = form.selectFirst("input[name=version]").val();

        Browser other = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
        other.page(path);
        assertEquals(303, other.post(path, Map.of("version", version, "name", "Their name", "slug", target.slug,
                "kind", "COMPANY")).statusCode());

        Response conflict = editor.post(path, Map.of("version", version, "name", "My name", "slug", target.slug,
                "kind", "COMPANY"));
        assertEquals(409, conflict.statusCode());
        Document page = html(conflict);
        var nameRow = page.select("table.conflict tr.differs").first();
        assertEquals(List.of("My name", "Their name"), nameRow.select("td").eachText());
        assertEquals("My name", page.selectFirst("form input[name=name]").val());
        assertEquals("Their name", QuarkusTransaction.requiringNew().call(() ->
                Organization.<Organization>findById(target.id).name), "nothing of mine was saved");

        Map<String, String> reapply = new LinkedHashMap<>();
        page.select("form[action=" + path + "] input").forEach(i -> reapply.put(i.attr("name"), i.val()));
        assertEquals(303, editor.post(path, reapply).statusCode());
        assertEquals("My name", QuarkusTransaction.requiringNew().call(() ->
                Organization.<Organization>findById(target.id).name));
    }

    @Test
    void aMembershipFormListsTheTiersOfItsAllianceOnly() {
        String alliance = data.alliance.name;
        List<String> all = editor.page("/edit/membership/new").select("#f-tier option").eachText();
        assertTrue(all.containsAll(List.of(alliance + ": Governing", alliance + ": General")), all.toString());

        Document preset = editor.page("/edit/membership/new?alliance=" + data.alliance.id);
        assertEquals(List.of("None", "Governing", "General"), preset.select("#f-tier option").eachText());
        assertTrue(preset.selectFirst("#f-tier-help").text().startsWith("The tiers of " + alliance),
                preset.selectFirst("#f-tier-help").text());

        // A membership with another alliance chosen, refused: the form shown again lists that alliance's tiers.
        long ova = QuarkusTransaction.requiringNew().call(() ->
                Alliance.findBySlug("open-virtualization-alliance").orElseThrow().id);
        Response refused = submit("/edit/membership/new", Map.of("alliance", String.valueOf(ova),
                "organization", data.organizations.get(0).slug, "joined", "2011-13"));
        assertEquals(422, refused.statusCode());
        assertEquals(List.of("None"), html(refused).select("#f-tier option").eachText(),
                "the demo alliance has no tiers");
    }

    @Test
    void aTierNameIsAllianceWideWhateverItsCaseButATierKeepsItsOwn() {
        String alliance = String.valueOf(data.alliance.id);
        Response refused = submit("/edit/tier/new", Map.of("alliance", alliance, "name", "governing", "rank", "4"));
        assertEquals(422, refused.statusCode());
        assertEquals(data.alliance.name + " already has a tier called governing.",
                html(refused).selectFirst("#f-name-error").text());

        long governing = QuarkusTransaction.requiringNew().call(() -> MembershipTier.of(data.alliance).stream()
                .filter(t -> t.name.equals("Governing")).findFirst().orElseThrow().id);
        String path = "/edit/tier/" + governing;
        String version = editor.page(path).selectFirst("input[name=version]").val();
        Response saved = editor.post(path, Map.of("version", version, "alliance", alliance, "name", "Governing",
                "rank", "1", "description", "Steers the alliance."));
        assertEquals(303, saved.statusCode(), html(saved).select(".field-error").eachText().toString());
    }

    @Test
    void aChoiceDeletedSinceTheFormWasReadIsNamedBesideItsFieldAndTheValuesAreKept() {
        assertEquals(303, submit("/edit/tier/new", Map.of("alliance", String.valueOf(data.alliance.id),
                "name", "Short-lived", "rank", "3")).statusCode());
        long tier = lastAudit().recordId;
        String form = "/edit/membership/new?alliance=" + data.alliance.id;
        assertTrue(editor.page(form).select("#f-tier option").eachText().contains("Short-lived"));
        deleteWithForm("tier", tier);
        long changes = auditCount();

        Response refused = editor.post("/edit/membership/new", Map.of("alliance", String.valueOf(data.alliance.id),
                "organization", data.organizations.get(0).name, "tier", String.valueOf(tier), "joined", "2019-04"));
        assertEquals(422, refused.statusCode());
        Document shown = html(refused);
        assertEquals("No record has the id " + tier + "; it may have been deleted. Choose one of the alliance's tiers.",
                shown.selectFirst("#f-tier-error").text());
        assertEquals(data.organizations.get(0).name, shown.selectFirst("#f-organization").val());
        assertEquals("2019-04", shown.selectFirst("#f-joined").val());
        assertEquals(changes, auditCount(), "nothing recorded");
    }

    @Test
    void aMembershipCannotBeginAfterItsAllianceWasDissolved() {
        try (GeneratedData dissolved = GeneratedData.allianceWithMembers(1)) {
            QuarkusTransaction.requiringNew().run(() -> {
                Alliance.<Alliance>findById(dissolved.alliance.id).dissolved = PartialDate.parse("2015-06");
                GeneratedData.touch();
            });
            Map<String, String> late = Map.of("alliance", id(dissolved.alliance), "organization",
                    dissolved.organizations.get(0).name, "joined", "2015-07");
            Response refused = submit("/edit/membership/new", late);
            assertEquals(422, refused.statusCode());
            assertEquals("The joining date must not be after the alliance's dissolution.",
                    html(refused).selectFirst("#f-joined-error").text());
            assertEquals("2015-07", html(refused).selectFirst("#f-joined").val());
            assertEquals(1, QuarkusTransaction.requiringNew().call(() -> Membership.count("alliance.id",
                    dissolved.alliance.id)), "nothing saved");
            assertEquals(303, submit("/edit/membership/new", Map.of("alliance", id(dissolved.alliance),
                    "organization", dissolved.organizations.get(0).name, "joined", "2015")).statusCode(),
                    "a year that holds the dissolution may be before it");
        }
    }

    @Test
    void aMembershipCannotBeginBeforeItsAllianceWasFounded() {
        Map<String, String> early = Map.of("alliance", id(data.alliance), "organization",
                data.organizations.get(1).name, "joined", "1999-12");
        Response refused = submit("/edit/membership/new", early);
        assertEquals(422, refused.statusCode());
        assertEquals("The joining date must not be before the alliance's founding.",
                html(refused).selectFirst("#f-joined-error").text());
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> Membership.count(
                "alliance.id = ?1 and joined.earliest < ?2", data.alliance.id, LocalDate.parse("2000-01-01"))));
    }

    /** An alliance's dates cannot leave a membership outside them: the form names the member in the way. */
    @Test
    void anAllianceCannotBeFoundedAfterOrDissolvedBeforeAMemberJoined() {
        try (GeneratedData dated = GeneratedData.allianceWithMembers(4)) {
            // Members joined in January 2000, February 2001, March 2002 and April 2003.
            String path = "/edit/alliance/" + dated.alliance.id;
            Map<String, String> late = formValues(path);
            late.put("founded", "2001");
            Response refused = editor.post(path, late);
            assertEquals(422, refused.statusCode());
            assertEquals(dated.organizations.get(0).name + " joined in January 2000, before this date: correct its "
                    + "membership first.", html(refused).selectFirst("#f-founded-error").text());

            Map<String, String> early = formValues(path);
            early.put("dissolved", "2002");
            refused = editor.post(path, early);
            assertEquals(422, refused.statusCode());
            assertEquals(dated.organizations.get(3).name + " joined in April 2003, after this date: correct its "
                    + "membership first.", html(refused).selectFirst("#f-dissolved-error").text());
            assertEquals("2000", QuarkusTransaction.requiringNew().call(() -> Alliance.<Alliance>findById(
                    dated.alliance.id).founded.iso()), "nothing saved");

            Map<String, String> fine = formValues(path);
            fine.put("dissolved", "2003");
            assertEquals(303, editor.post(path, fine).statusCode(), "a year that holds the last joining");
        }
    }

    /** The values an edit form holds, as its Save button would send them. */
    private Map<String, String> formValues(String path) {
        Document form = editor.page(path);
        String inForm = "form[action=" + path + "] ";
        Map<String, String> values = new LinkedHashMap<>();
        form.select(inForm + "input[name]:not([type=checkbox]), " + inForm + "textarea[name]")
                .forEach(i -> values.put(i.attr("name"), i.val()));
        return values;
    }

    @Test
    void aMoveEndsTheOldBackingAndStartsTheNewOneInOneForm() {
        Organization mover = data.organizations.get(3);
        Response moved = submit("/edit/move/new", Map.of("organization", mover.name, "fromProject", id(data.project),
                "toProject", id(data.secondProject), "movedOn", "2022-06", "role", "SUPPORTER", "sources",
                data.source.title));
        assertEquals(303, moved.statusCode(), html(moved).select(".field-error").eachText().toString());
        QuarkusTransaction.requiringNew().run(() -> {
            BackerChange change = BackerChange.ofOrganization(Organization.findById(mover.id)).get(0);
            assertEquals("2022-06", change.movedOn.iso());
            assertEquals("2022-06", change.endedBacking.until.iso());
            assertEquals(data.project.id, change.endedBacking.project.id);
            assertEquals(data.secondProject.id, change.startedBacking.project.id);
            assertEquals("2022-06", change.startedBacking.since.iso());
            assertEquals(List.of(data.source.id), change.sources.stream().map(source -> source.id).toList(),
                    "the source, typed by its title");
            assertEquals(2, Backing.count("organization.id", mover.id));
        });
        Document page = editor.page("/organizations/" + mover.slug);
        assertTrue(page.selectFirst("li.move").text().contains("moved from " + data.project.name));
    }

    @Test
    void theMoveFormListsFirstTheProjectsTheOrganizationBacks() {
        Organization backer = data.organizations.get(5);
        // Read afresh: other tests here rename organizations of the data set.
        String name = QuarkusTransaction.requiringNew().call(() -> Organization.<Organization>findById(backer.id).name);
        String backsIt = name + " backs " + data.project.name + " (listed first): the move ends that backing.";
        Document opened = editor.page("/edit/move/new?organization=" + backer.id);
        assertEquals(data.project.name, opened.select("#f-fromProject option").get(1).text(), "after “Choose…”");
        assertEquals(backsIt, opened.selectFirst("#f-fromProject-help").text());
        assertEquals(opened.select("#f-toProject option").size(), opened.select("#f-fromProject option").size(),
                "every project is still offered");

        Response refused = submit("/edit/move/new", Map.of("organization", name, "movedOn", "2022-13"));
        assertEquals(422, refused.statusCode());
        Document shownAgain = html(refused);
        assertEquals(data.project.name, shownAgain.select("#f-fromProject option").get(1).text(), "by the typed name");
        assertEquals(backsIt, shownAgain.selectFirst("#f-fromProject-help").text());

        long bmc = QuarkusTransaction.requiringNew()
                .call(() -> Organization.findBySlug("bmc-software").orElseThrow().id);
        assertEquals("BMC Software backs no project: the move only starts its backing of the new one.",
                editor.page("/edit/move/new?organization=" + bmc).selectFirst("#f-fromProject-help").text());
        assertNull(editor.page("/edit/move/new").selectFirst("#f-fromProject-help"), "no organization chosen yet");
    }

    @Test
    void anAcquisitionMayEndTheBackingsOfTheCompanyBoughtInTheSameForm() {
        try (GeneratedData bought = GeneratedData.allianceWithMembers(4)) {
            // Organization i began backing the project in 2000 + i, and still backs it.
            Organization buyer = bought.organizations.get(0);
            Organization company = bought.organizations.get(1);
            Organization other = bought.organizations.get(2);
            Organization later = bought.organizations.get(3);
            String report = "Citrix to acquire XenSource";
            long reportId = QuarkusTransaction.requiringNew()
                    .call(() -> Source.<Source>find("title", report).firstResult().id);
            Document form = editor.page("/edit/acquisition/new?acquirer=" + buyer.id);
            assertEquals(buyer.name, form.selectFirst("#f-acquirer").val());
            Element box = form.selectFirst("input[type=checkbox][name=endBackings]");
            assertTrue(form.selectFirst("#f-endBackings-help").text().contains("end on the acquisition's date"));
            assertEquals("f-endBackings-help f-endBackings-error", box.attr("aria-describedby"),
                    "its hint is read out");

            Response ended = submit("/edit/acquisition/new", Map.of("acquirer", buyer.name, "acquired", company.name,
                    "occurredOn", "2015-03-02", "endBackings", "true", "sources", report));
            assertEquals(303, ended.statusCode(), html(ended).select(".field-error").eachText().toString());
            Response kept = submit("/edit/acquisition/new", Map.of("acquirer", buyer.name, "acquired", other.name,
                    "occurredOn", "2016", "sources", report));
            assertEquals(303, kept.statusCode(), html(kept).select(".field-error").eachText().toString());
            Response before = submit("/edit/acquisition/new", Map.of("acquirer", buyer.name, "acquired", later.name,
                    "occurredOn", "2001", "endBackings", "true", "sources", report));
            assertEquals(303, before.statusCode(), html(before).select(".field-error").eachText().toString());

            QuarkusTransaction.requiringNew().run(() -> {
                Backing backing = Backing.<Backing>find("organization.id", company.id).singleResult();
                assertEquals("2015-03-02", backing.until.iso(), "the company's backing ends on the day it is bought");
                assertTrue(backing.sources.stream().anyMatch(source -> source.id == reportId),
                        "and cites the acquisition's source");
                assertEquals(1, AuditEntry.count("recordType = 'backing' and recordId = ?1 and action = ?2",
                        backing.id, AuditEntry.Action.UPDATED), "the end is in the history and the change feed");
                assertNull(Backing.<Backing>find("organization.id", other.id).singleResult().until,
                        "without the box ticked, the company bought goes on backing its project");
                assertNull(Backing.<Backing>find("organization.id", later.id).singleResult().until,
                        "a backing begun after the purchase (in 2003) is not ended before its start");
                assertEquals(3, OwnershipEvent.count("acquirer.id", buyer.id));
            });
            long acquisition = QuarkusTransaction.requiringNew()
                    .call(() -> OwnershipEvent.<OwnershipEvent>find("acquired.id", company.id).singleResult().id);
            assertEquals(404, editor.get("/edit/acquisition/" + acquisition).statusCode(),
                    "the one form records a new acquisition; an acquisition is edited in its own form");
            assertEquals(200, editor.get("/edit/ownership/" + acquisition).statusCode());
        }
    }

    @Test
    void deletingAnOrganizationShowsAndDeletesWhatDependsOnIt() {
        Organization doomed = data.organizations.get(4);
        Document confirm = editor.page("/edit/organization/" + doomed.id + "/delete");
        List<String> dependents = confirm.select(".error-message li").eachText();
        assertTrue(dependents.contains("its membership of " + data.alliance.name), dependents.toString());
        assertTrue(dependents.contains("its backing of " + data.project.name), dependents.toString());
        assertTrue(confirm.selectFirst(".error-message p").text().contains("these " + dependents.size() + " records"));
        assertEquals("Delete it and the " + dependents.size() + " records above",
                confirm.selectFirst("button.danger").text());
        assertTrue(confirm.selectFirst(".revert-note").text().endsWith(", which also brings back what it deleted or"
                + " changed with it."));
        Response deleted = editor.post("/edit/organization/" + doomed.id + "/delete", Map.of());
        assertEquals(303, deleted.statusCode());
        QuarkusTransaction.requiringNew().run(() -> {
            assertNull(Organization.findById(doomed.id));
            assertEquals(0, Membership.count("organization.id", doomed.id));
            assertEquals(0, Backing.count("organization.id", doomed.id));
            assertEquals(1, AuditEntry.count("recordType = 'organization' and recordId = ?1 and action = ?2",
                    doomed.id, AuditEntry.Action.DELETED));
            assertTrue(AuditEntry.count("recordType = 'membership' and action = ?1 and summary like ?2",
                    AuditEntry.Action.DELETED, "%" + doomed.name + "%") >= 1);
        });
    }

    @Test
    void aChangeCanBeRevertedAndTheRevertIsRecorded() {
        Organization renamed = data.organizations.get(5);
        String path = "/edit/organization/" + renamed.id;
        String version = editor.page(path).selectFirst("input[name=version]").val();
        assertEquals(303, editor.post(path, Map.of("version", version, "name", "Renamed for the test",
                "slug", renamed.slug, "kind", "UNIVERSITY")).statusCode());
        AuditEntry update = lastAudit();
        assertEquals(AuditEntry.Action.UPDATED, update.action);

        Document history = editor.page("/history/organization/" + renamed.id);
        assertEquals("History of the organization Renamed for the test", history.selectFirst("h1").text());
        assertEquals("/organizations/" + renamed.slug, history.selectFirst("a.record-page").attr("href"));
        assertEquals(List.of(renamed.name, "Renamed for the test"),
                history.select("table.changes tr:has(th:containsOwn(Name)) td").eachText());
        assertEquals("Reverted change " + update.id + ": restored the earlier values.", revert(update.id));
        QuarkusTransaction.requiringNew().run(() -> {
            Organization back = Organization.findById(renamed.id);
            assertEquals(renamed.name, back.name);
            assertEquals("COMPANY", back.kind.name());
        });
        AuditEntry revert = lastAudit();
        assertEquals(update.id, revert.revertsEntryId);
        assertTrue(editor.page("/history").select(".history-entry").eachText().stream()
                .anyMatch(t -> t.contains("reverting change " + update.id)));
        Element reverted = editor.page("/history/organization/" + renamed.id).selectFirst("#change-" + update.id
                + " .reverted-by");
        assertNotNull(reverted, "the change reverted says by which change");
        assertEquals("Reverted by change " + revert.id + ".", reverted.text());
        assertEquals("/history?before=" + (revert.id + 1) + "#change-" + revert.id,
                reverted.selectFirst("a").attr("href"));
        assertNull(editor.page("/history/organization/" + renamed.id).selectFirst("#change-" + revert.id
                + " .reverted-by"), "the revert itself is not reverted");
    }

    @Test
    void revertingAnOlderChangeSetsBackOnlyTheFieldsItChangedAndSaysWhichLaterValuesItReplaced() {
        String name = data.prefix + " Twice Edited";
        String slug = data.prefix + "-twice-edited";
        assertEquals(303, submit("/edit/organization/new", Map.of("name", name, "slug", slug, "kind", "COMPANY"))
                .statusCode());
        long id = lastAudit().recordId;
        String path = "/edit/organization/" + id;
        assertEquals(303, editor.post(path, Map.of("version", editor.page(path).selectFirst("input[name=version]")
                .val(), "name", data.prefix + " Renamed Once", "slug", slug, "kind", "COMPANY")).statusCode());
        AuditEntry rename = lastAudit();
        assertEquals(303, editor.post(path, Map.of("version", editor.page(path).selectFirst("input[name=version]")
                .val(), "name", data.prefix + " Renamed Once", "slug", slug, "kind", "COMPANY",
                "website", "https://later.example.org/")).statusCode());
        AuditEntry website = lastAudit();
        assertNull(editor.page("/history/organization/" + id).selectFirst("#change-" + rename.id + " .would-replace"),
                "the name was not changed again");

        // The website set later, in a change of its own, is not the rename's to undo.
        assertEquals("Reverted change " + rename.id + ": restored the earlier values.", revert(rename.id));
        QuarkusTransaction.requiringNew().run(() -> {
            Organization now = Organization.findById(id);
            assertEquals(name, now.name);
            assertEquals("https://later.example.org/", now.website);
        });

        // A field the reverted change set, and someone set again since, takes the earlier value: the editor asked
        // for it, and is told which later value went.
        assertEquals(303, editor.post(path, Map.of("version", editor.page(path).selectFirst("input[name=version]")
                .val(), "name", name, "slug", slug, "kind", "COMPANY",
                "website", "https://latest.example.org/")).statusCode());
        // The history says so beforehand, beside the change's Revert button.
        assertEquals("The website was changed again since: reverting this change replaces its later value too.",
                editor.page("/history/organization/" + id).selectFirst("#change-" + website.id + " .would-replace")
                        .text());
        assertEquals("Reverted change " + website.id + ": restored the earlier values. The website was changed again"
                + " since, and its later value is replaced too.", revert(website.id));
        QuarkusTransaction.requiringNew().run(() -> {
            Organization now = Organization.findById(id);
            assertEquals(name, now.name);
            assertTrue(now.website == null || now.website.isEmpty(), now.website);
        });
    }

    @Test
    void revertingACreationDeletesAndRevertingADeletionRestores() {
        Response created = submit("/edit/former-name/new", Map.of("organization", data.organizations.get(0).name,
                "name", data.prefix + " Revertible", "usedUntil", "2001"));
        assertEquals(303, created.statusCode());
        AuditEntry creation = lastAudit();
        assertTrue(revert(creation.id).startsWith("Reverted change " + creation.id + ": deleted the former name"));
        assertNull(QuarkusTransaction.requiringNew().call(() -> FormerName.findById(creation.recordId)));
        AuditEntry deletion = lastAudit();
        assertEquals(AuditEntry.Action.DELETED, deletion.action);

        assertTrue(revert(deletion.id).startsWith("Reverted change " + deletion.id + ": re-created the former name"));
        AuditEntry restoration = lastAudit();
        assertEquals(AuditEntry.Action.CREATED, restoration.action);
        assertEquals(creation.recordId, restoration.recordId, "the record is back with its id");
        assertEquals(data.prefix + " Revertible", QuarkusTransaction.requiringNew().call(() ->
                FormerName.<FormerName>findById(restoration.recordId).name));
    }

    @Test
    void aDeletionIsRevertedOnceAndTheRecordBackWithItsIdLetsTheRecordsNamingItBeRevertedToo() {
        assertEquals(303, submit("/edit/organization/new", Map.of("name", data.prefix + " Comeback Co",
                "slug", data.prefix + "-comeback-co", "kind", "COMPANY")).statusCode());
        long owner = lastAudit().recordId;
        assertEquals(303, submit("/edit/former-name/new", Map.of("organization", data.prefix + "-comeback-co",
                "name", data.prefix + " Comeback Earlier", "usedUntil", "2004")).statusCode());
        long formerName = lastAudit().recordId;
        String ownerPath = "/edit/organization/" + owner;
        String version = editor.page(ownerPath).selectFirst("input[name=version]").val();
        assertEquals(303, editor.post(ownerPath, Map.of("version", version, "name", data.prefix + " Comeback Corp",
                "slug", data.prefix + "-comeback-co", "kind", "COMPANY")).statusCode());
        AuditEntry rename = lastAudit();
        // Deleted on its own, the former name is not re-created with the organization.
        deleteWithForm("former-name", formerName);
        AuditEntry formerNameDeleted = lastAudit();
        deleteWithForm("organization", owner);
        AuditEntry ownerDeleted = lastAudit();
        Document ownerHistory = editor.page("/history/organization/" + owner);
        assertEquals("Cannot revert: the organization was deleted since.", ownerHistory
                .selectFirst("#change-" + rename.id + " .row-actions .muted").text());
        assertEquals("History of the organization " + data.prefix + " Comeback Corp", ownerHistory.selectFirst("h1")
                .text(), "named as its deletion named it");
        assertNull(ownerHistory.selectFirst("a.record-page"));
        assertEquals("The organization was deleted.", ownerHistory.selectFirst(".record-deleted").text());

        // As the refusal says: the organization first, then the former name that names it.
        assertTrue(revert(ownerDeleted.id).startsWith("Reverted change " + ownerDeleted.id + ": re-created"));
        assertEquals(data.prefix + " Comeback Corp", QuarkusTransaction.requiringNew().call(() ->
                Organization.<Organization>findById(owner).name), "back with its id");
        assertTrue(revert(formerNameDeleted.id).startsWith("Reverted change " + formerNameDeleted.id
                + ": re-created the former name"));
        assertEquals(owner, QuarkusTransaction.requiringNew().call(() ->
                FormerName.<FormerName>findById(formerName).organization.id));
        assertEquals(data.prefix + " Comeback Corp", RestAssured.given().get("/api/v1/records/organization/" + owner)
                .then().statusCode(200).extract().path("data.name"), "a bot finds it where it was");

        // The organization exists again: its deletion has nothing left to revert, and its rename can be reverted.
        Document history = editor.page("/history/organization/" + owner);
        assertEquals("Nothing to revert: the organization was restored since.",
                history.selectFirst("#change-" + ownerDeleted.id + " .row-actions .muted").text());
        assertNull(history.selectFirst("form[action=/history/" + ownerDeleted.id + "/revert]"));
        assertNotNull(history.selectFirst("form[action=/history/" + rename.id + "/revert]"));
        long changes = auditCount();
        assertEquals("Nothing to revert: the organization was restored since.", revert(ownerDeleted.id),
                "a form read before the restoration");
        assertEquals(changes, auditCount(), "no second organization");
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Organization.count("slug",
                data.prefix + "-comeback-co")));
    }

    @Test
    void revertingADeletionRevertsWhatItDeletedAndChangedWithItAndSaysWhatItLeft() {
        String p = data.prefix;
        assertEquals(303, submit("/edit/source/new", Map.of("title", p + " Together report")).statusCode());
        long source = lastAudit().recordId;
        assertEquals(303, submit("/edit/organization/new", Map.of("name", p + " Together Co",
                "slug", p + "-together-co", "kind", "COMPANY")).statusCode());
        long organization = lastAudit().recordId;
        assertEquals(303, submit("/edit/former-name/new", Map.of("organization", p + "-together-co",
                "name", p + " Together Earlier", "usedUntil", "2005")).statusCode());
        long formerName = lastAudit().recordId;
        assertEquals(303, submit("/edit/membership/new", Map.of("alliance", id(data.alliance),
                "organization", p + "-together-co", "joined", "2012", "sources", p + " Together report"))
                .statusCode());
        long membership = lastAudit().recordId;

        // A source's deletion takes it out of the membership citing it; reverted, the membership cites it again.
        deleteWithForm("source", source);
        AuditEntry sourceDeleted = lastAudit();
        assertEquals(List.of(), citedBy(membership));
        String said = revert(sourceDeleted.id);
        assertTrue(said.startsWith("Reverted change " + sourceDeleted.id + ": re-created the source "), said);
        assertTrue(said.endsWith(". Also restored the record the deletion changed."), said);
        assertEquals(List.of(source), citedBy(membership));

        // An organization's deletion deletes its membership and former name; reverted, all three are back.
        deleteWithForm("organization", organization);
        AuditEntry deleted = lastAudit();
        AuditEntry membershipDeleted = lastAuditOf("membership", membership);
        // The history says so beforehand, on the deletion and on each change it made.
        assertEquals("It also deleted or changed 2 other records; reverting it reverts those too.", editor.page(
                "/history/organization/" + organization).selectFirst("#change-" + deleted.id + " .cascade").text());
        Element madeWith = editor.page("/history/membership/" + membership)
                .selectFirst("#change-" + membershipDeleted.id + " a[href*=#change-" + deleted.id + "]");
        assertEquals("change " + deleted.id, madeWith.text());
        assertNotNull(editor.page(madeWith.attr("href").replaceFirst("#.*", "")).getElementById("change-"
                + deleted.id), "the link leads to a page of the history that shows it");
        said = revert(deleted.id);
        assertTrue(said.endsWith(". Also re-created the 2 records deleted with it."), said);
        assertEquals(List.of(source), citedBy(membership), "at its id, with its source");
        assertEquals(organization, QuarkusTransaction.requiringNew().call(() ->
                FormerName.<FormerName>findById(formerName).organization.id));
        assertEquals("Nothing to revert: the membership was restored since.", editor.page("/history/membership/"
                + membership).selectFirst("#change-" + membershipDeleted.id + " .row-actions .muted").text());

        // Deleted again, then its membership's source: the membership cannot be made again, and is left with why.
        deleteWithForm("organization", organization);
        AuditEntry deletedAgain = lastAudit();
        AuditEntry membershipDeletedAgain = lastAuditOf("membership", membership);
        deleteWithForm("source", source);
        said = revert(deletedAgain.id);
        assertTrue(said.endsWith(". Also re-created the record deleted with it. Change " + membershipDeletedAgain.id
                + " (" + membershipDeletedAgain.summary + ") was not reverted: one of the sources it names was"
                + " deleted since. Revert that deletion first."), said);
        assertNotNull(QuarkusTransaction.requiringNew().call(() -> FormerName.findById(formerName)));
        assertNull(QuarkusTransaction.requiringNew().call(() -> Membership.findById(membership)));

        // Its own revert says the same while the source is deleted: the organization's deletion is reverted already.
        assertEquals("Cannot revert change " + membershipDeletedAgain.id + ": one of the sources it names was deleted"
                + " since. Revert that deletion first.", revert(membershipDeletedAgain.id));

        // As it says: the source back, the membership's own deletion is reverted.
        revert(lastAuditOf("source", source).id);
        assertTrue(revert(membershipDeletedAgain.id).startsWith("Reverted change " + membershipDeletedAgain.id
                + ": re-created the membership"));
        assertEquals(List.of(source), citedBy(membership));
    }

    @Test
    void aChangeMadeWithADeletionRevertedOnItsOwnPointsToThatDeletion() {
        String p = data.prefix;
        assertEquals(303, submit("/edit/organization/new", Map.of("name", p + " Alone Co",
                "slug", p + "-alone-co", "kind", "COMPANY")).statusCode());
        long organization = lastAudit().recordId;
        assertEquals(303, submit("/edit/membership/new", Map.of("alliance", id(data.alliance),
                "organization", p + "-alone-co", "joined", "2014")).statusCode());
        long membership = lastAudit().recordId;
        deleteWithForm("organization", organization);
        AuditEntry deleted = lastAudit();
        AuditEntry membershipDeleted = lastAuditOf("membership", membership);

        assertEquals("Cannot revert change " + membershipDeleted.id + ": the organization it names was deleted since."
                + " It was made with change " + deleted.id + " (" + deleted.summary + "): revert that change, and this"
                + " one is reverted with it.", revert(membershipDeleted.id));
        assertNull(QuarkusTransaction.requiringNew().call(() -> Membership.findById(membership)));
        // As it says.
        assertTrue(revert(deleted.id).endsWith(". Also re-created the record deleted with it."));
        assertNotNull(QuarkusTransaction.requiringNew().call(() -> Membership.findById(membership)));
    }

    @Test
    void revertingADeletionLeavesARecordChangedSinceInAFieldItChanged() {
        String p = data.prefix;
        List<Long> sources = new ArrayList<>();
        for (String title : List.of(" Contested report", " Later report")) {
            assertEquals(303, submit("/edit/source/new", Map.of("title", p + title)).statusCode());
            sources.add(lastAudit().recordId);
        }
        assertEquals(303, submit("/edit/membership/new", Map.of("alliance", id(data.alliance),
                "organization", data.organizations.get(3).slug, "joined", "2013",
                "sources", p + " Contested report")).statusCode());
        long membership = lastAudit().recordId;
        deleteWithForm("source", sources.get(0));
        AuditEntry deleted = lastAudit();
        AuditEntry uncited = lastAuditOf("membership", membership);
        String path = "/edit/membership/" + membership;
        String version = editor.page(path).selectFirst("input[name=version]").val();
        assertEquals(303, editor.post(path, Map.of("version", version,
                "alliance", id(data.alliance), "organization", data.organizations.get(3).slug, "joined", "2013",
                "sources", p + " Later report")).statusCode());

        String said = revert(deleted.id);
        assertTrue(said.endsWith(". Change " + uncited.id + " (" + uncited.summary + ") was not reverted: the"
                + " membership was changed since."), said);
        assertNotNull(QuarkusTransaction.requiringNew().call(() -> Source.findById(sources.get(0))));
        assertEquals(List.of(sources.get(1)), citedBy(membership), "the later citation stays");
    }

    @Test
    void revertingADeletionLeavesARecordThatNoLongerTakesWhatItTookBackAndSaysWhy() {
        String organization = data.organizations.get(5).slug;
        long[] made = tierAndMembershipOnIt("Shifting", "6", organization, "2016");
        long tier = made[0];
        long membership = made[1];
        deleteWithForm("tier", tier);
        AuditEntry deleted = lastAudit();
        AuditEntry untiered = lastAuditOf("membership", membership);
        try (GeneratedData other = GeneratedData.allianceWithMembers(1)) {
            // The membership moves to another alliance, whose tiers the deleted one is not of.
            String path = "/edit/membership/" + membership;
            String version = editor.page(path).selectFirst("input[name=version]").val();
            assertEquals(303, editor.post(path, Map.of("version", version, "alliance", id(other.alliance),
                    "organization", organization, "tier", "", "joined", "2016")).statusCode());

            String said = revert(deleted.id);
            assertTrue(said.startsWith("Reverted change " + deleted.id + ": re-created the membership tier"
                    + " Shifting"), said);
            assertTrue(said.endsWith(". Change " + untiered.id + " (" + untiered.summary + ") was not reverted: The"
                    + " tier must be one of this alliance's tiers."), said);
            QuarkusTransaction.requiringNew().run(() -> {
                assertNotNull(MembershipTier.findById(tier));
                Membership left = Membership.findById(membership);
                assertEquals(other.alliance.id, left.alliance.id);
                assertNull(left.tier, "left as it was");
            });
            deleteWithForm("membership", membership);
        }
    }

    /** Makes a tier of the alliance and a membership on it, with their forms; answers their ids. */
    private long[] tierAndMembershipOnIt(String tierName, String rank, String organization, String joined) {
        String alliance = String.valueOf(data.alliance.id);
        assertEquals(303, submit("/edit/tier/new", Map.of("alliance", alliance, "name", tierName, "rank", rank))
                .statusCode());
        long tier = lastAudit().recordId;
        assertEquals(303, submit("/edit/membership/new", Map.of("alliance", alliance, "organization", organization,
                "tier", String.valueOf(tier), "joined", joined)).statusCode());
        return new long[] {tier, lastAudit().recordId};
    }

    /** The ids of the sources the membership cites. */
    private static List<Long> citedBy(long membership) {
        return QuarkusTransaction.requiringNew().call(() -> Membership.<Membership>findById(membership).sources
                .stream().map(s -> s.id).sorted().toList());
    }

    private static AuditEntry lastAuditOf(String type, long id) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>find(
                "recordType = ?1 and recordId = ?2 order by id desc", type, id).firstResult());
    }

    @Test
    void revertingAChangeToARecordDeletedSinceSaysSoAndChangesNothing() {
        Organization owner = data.organizations.get(1);
        assertEquals(303, submit("/edit/former-name/new", Map.of("organization", owner.name,
                "name", data.prefix + " Short-lived", "usedUntil", "2002")).statusCode());
        AuditEntry creation = lastAudit();
        String path = "/edit/former-name/" + creation.recordId;
        String version = editor.page(path).selectFirst("input[name=version]").val();
        assertEquals(303, editor.post(path, Map.of("version", version, "organization", owner.name,
                "name", data.prefix + " Shorter-lived", "usedUntil", "2002")).statusCode());
        AuditEntry update = lastAudit();
        assertEquals(AuditEntry.Action.UPDATED, update.action);
        deleteWithForm("former-name", creation.recordId);
        long changes = auditCount();
        AuditEntry deletion = lastAudit();

        // The page and the answer to a form read before the deletion say the same: a creation has been undone
        // already, an update has no record left to restore.
        Map<AuditEntry, String> said = Map.of(creation, "Nothing to revert: the former name was deleted since.",
                update, "Cannot revert: the former name was deleted since.");
        Document history = editor.page("/history/former-name/" + creation.recordId);
        said.forEach((gone, message) -> {
            Element shown = history.getElementById("change-" + gone.id);
            assertNull(shown.selectFirst("form[action=/history/" + gone.id + "/revert]"),
                    "no Revert for " + gone.action);
            assertEquals(message, shown.selectFirst(".row-actions .muted").text(), gone.action + " shown");
        });
        assertNotNull(history.selectFirst("#change-" + deletion.id + " form[action=/history/" + deletion.id
                + "/revert]"), "its deletion can be reverted");

        said.forEach((change, message) -> assertEquals(message, revert(change.id), change.action + " reverted"));
        assertEquals(changes, auditCount(), "nothing recorded");
        assertNull(QuarkusTransaction.requiringNew().call(() -> FormerName.findById(creation.recordId)));
    }

    @Test
    void aRevertThatTheRecordsNoLongerAllowSaysWhyAndRecordsNothing() {
        assertEquals(303, submit("/edit/organization/new", Map.of("name", data.prefix + " Short-lived Co",
                "slug", data.prefix + "-short-lived-co", "kind", "COMPANY")).statusCode());
        long owner = lastAudit().recordId;
        assertEquals(303, submit("/edit/former-name/new", Map.of("organization", data.prefix + "-short-lived-co",
                "name", data.prefix + " Shorter-lived Co", "usedUntil", "2003")).statusCode());
        long formerName = lastAudit().recordId;
        deleteWithForm("former-name", formerName);
        AuditEntry deletion = lastAudit();
        deleteWithForm("organization", owner);
        long changes = auditCount();

        assertEquals("Cannot revert change " + deletion.id + ": the organization it names was deleted since. Revert"
                + " that deletion first.", revert(deletion.id));
        assertEquals(changes, auditCount(), "the former name of an organization deleted since is not made again");
    }

    @Test
    void aRevertRefusedForSourcesDeletedSinceCountsThemAndSaysWhatToDo() {
        List<Long> sources = new ArrayList<>();
        for (String title : List.of(" Fleeting report", " Fleeting reply")) {
            assertEquals(303, submit("/edit/source/new", Map.of("title", data.prefix + title)).statusCode());
            sources.add(lastAudit().recordId);
        }
        String alliance = String.valueOf(data.alliance.id);
        String organization = data.organizations.get(2).slug; // by slug: another test renames it
        assertEquals(303, submit("/edit/membership/new", Map.of("alliance", alliance, "organization", organization,
                "joined", "2018", "sources", data.prefix + " Fleeting report\n" + data.prefix + " Fleeting reply"))
                .statusCode());
        long membership = lastAudit().recordId;
        deleteWithForm("membership", membership);
        AuditEntry deletion = lastAudit();

        Map<Integer, String> said = Map.of(1, "one of the sources it names was deleted since. Revert that deletion"
                + " first.", 2, "2 of the sources it names were deleted since. Revert those deletions first.");
        for (int deleted = 1; deleted <= 2; deleted++) {
            deleteWithForm("source", sources.get(deleted - 1));
            long changes = auditCount();

            assertEquals("Cannot revert change " + deletion.id + ": " + said.get(deleted), revert(deletion.id),
                    deleted + " deleted");
            assertEquals(changes, auditCount(), "nothing recorded");
        }
    }

    @Test
    void aRevertRefusedForAMovesProjectAndBackingDeletedSinceNamesThemAsAMoveDoes() {
        String p = data.prefix;
        assertEquals(303, submit("/edit/project/new", Map.of("name", p + " Abandoned", "slug", p + "-abandoned",
                "license", "OPEN_SOURCE")).statusCode());
        String abandoned = String.valueOf(lastAudit().recordId);
        Organization mover = data.organizations.get(4);
        assertEquals(303, submit("/edit/backing/new", Map.of("organization", mover.slug, "project", abandoned,
                "role", "SPONSOR", "since", "2015")).statusCode());
        assertEquals(303, submit("/edit/move/new", Map.of("organization", mover.slug, "fromProject", abandoned,
                "toProject", id(data.secondProject), "movedOn", "2019-04", "role", "SUPPORTER")).statusCode());
        long move = QuarkusTransaction.requiringNew().call(() -> BackerChange.<BackerChange>find(
                "fromProject.id", Long.valueOf(abandoned)).singleResult().id);
        deleteWithForm("backer-change", move);
        AuditEntry deletion = lastAudit();
        deleteWithForm("project", Long.parseLong(abandoned));
        long changes = auditCount();

        assertEquals("Cannot revert change " + deletion.id + ": the project it moved from and the backing it ended"
                + " were deleted since. Revert those deletions first.", revert(deletion.id));
        assertEquals(changes, auditCount(), "nothing recorded");
    }

    @Test
    void aRevertRefusedForAnAcquiredOrganizationDeletedSinceNamesItSo() {
        String p = data.prefix;
        assertEquals(303, submit("/edit/organization/new", Map.of("name", p + " Bought Co", "slug", p + "-bought-co",
                "kind", "COMPANY")).statusCode());
        long bought = lastAudit().recordId;
        assertEquals(303, submit("/edit/ownership/new", Map.of("acquirer", data.organizations.get(5).slug,
                "acquired", p + "-bought-co", "occurredOn", "2016")).statusCode());
        long acquisition = lastAudit().recordId;
        deleteWithForm("ownership", acquisition);
        AuditEntry deletion = lastAudit();
        deleteWithForm("organization", bought);
        long changes = auditCount();

        assertEquals("Cannot revert change " + deletion.id + ": the organization acquired was deleted since. Revert"
                + " that deletion first.", revert(deletion.id));
        assertEquals(changes, auditCount(), "nothing recorded");
    }

    @Test
    void aRevertRefusedOnAFieldWhoseRecordStillExistsGivesThatFieldsOwnReason() {
        String alliance = String.valueOf(data.alliance.id);
        String organization = data.organizations.get(3).name;
        long[] made = tierAndMembershipOnIt("Movable", "5", organization, "2017");
        long tier = made[0];
        long membership = made[1];
        String path = "/edit/membership/" + membership;
        String version = editor.page(path).selectFirst("input[name=version]").val();
        assertEquals(303, editor.post(path, Map.of("version", version, "alliance", alliance,
                "organization", organization, "tier", "", "joined", "2017")).statusCode());
        AuditEntry untiered = lastAudit();
        // The tier moves to another alliance (whose tiers go with it at the end): it still exists, but is no longer
        // one of the membership's alliance.
        try (GeneratedData other = GeneratedData.allianceWithMembers(1)) {
            String tierPath = "/edit/tier/" + tier;
            String tierVersion = editor.page(tierPath).selectFirst("input[name=version]").val();
            assertEquals(303, editor.post(tierPath, Map.of("version", tierVersion,
                    "alliance", String.valueOf(other.alliance.id), "name", "Movable", "rank", "5")).statusCode());
            long changes = auditCount();

            assertEquals("Cannot revert change " + untiered.id + ": The tier must be one of this alliance's tiers.",
                    revert(untiered.id), "not said to be deleted");
            assertEquals(changes, auditCount(), "nothing recorded");
        }
    }

    @Test
    void editorsSeeEditLinksWhereVisitorsReadTheData() {
        Document page = editor.page("/alliances/" + data.alliance.slug);
        assertNotNull(page.selectFirst("a[href=/edit/alliance/" + data.alliance.id + "]"));
        assertNotNull(page.selectFirst("a[href=/edit/membership/new?alliance=" + data.alliance.id + "]"));
        assertFalse(page.select("table.members a[href^=/edit/membership/]").isEmpty());
        Document preset = editor.page("/edit/membership/new?alliance=" + data.alliance.id);
        assertEquals(String.valueOf(data.alliance.id), preset.selectFirst("#f-alliance option[selected]").val());
    }
}
