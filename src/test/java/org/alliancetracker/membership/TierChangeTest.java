package org.alliancetracker.membership;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.alliancetracker.account.Role;
import org.alliancetracker.alliance.Alliance;
import org.alliancetracker.alliance.MembershipTier;
import org.alliancetracker.common.PartialDate;
import org.alliancetracker.organization.Organization;
import org.alliancetracker.testing.Browser;
import org.alliancetracker.testing.GeneratedData;

/**
 * "Change tier" records a member moving to another tier of its alliance in one form: its membership ends on the
 * date and a membership at the new tier starts then, and the lists say so.
 */
@QuarkusTest
class TierChangeTest {

    private GeneratedData data;
    private Browser editor;
    private String governing;

    /** Members 1, 2 and 5 are General and current, 3 is Governing; 0 and 4 left in 2021. */
    @BeforeEach
    void setUp() {
        data = GeneratedData.allianceWithMembers(6);
        editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
        governing = String.valueOf(QuarkusTransaction.requiringNew().call(() -> MembershipTier.<MembershipTier>find(
                "alliance.id = ?1 and name = 'Governing'", data.alliance.id).firstResult().id));
    }

    @AfterEach
    void tearDown() {
        data.close();
    }

    private Response change(Map<String, String> values) {
        String form = "/edit/tier-change/new?alliance=" + data.alliance.id;
        editor.page(form);
        return editor.post("/edit/tier-change/new", values);
    }

    private Map<String, String> changeOf(int member, String tier, String date) {
        return Map.of("alliance", String.valueOf(data.alliance.id), "organization", data.organizations.get(member).name,
                "tier", tier, "joined", date, "sources", data.source.title);
    }

    private List<Membership> membershipsOf(int member) {
        // With their alliances, tiers and sources, read by the same query.
        return QuarkusTransaction.requiringNew().call(() -> Membership.ofOrganization(
                Organization.findById(data.organizations.get(member).id)));
    }

    private Element rowOf(Document page, int member, int nth) {
        return page.select("table.members tbody tr").stream()
                .filter(row -> row.selectFirst("th").text().equals(data.organizations.get(member).name))
                .skip(nth).findFirst().orElseThrow();
    }

    @Test
    void aChangeEndsTheMembershipAndStartsOneAtTheNewTierOnTheDate() {
        Response changed = change(changeOf(1, governing, "2023-04"));
        assertEquals(303, changed.statusCode(), Jsoup.parse(changed.asString()).select(".field-error").eachText()
                .toString());
        assertTrue(changed.header("Location").endsWith("/alliances/" + data.alliance.slug), changed.header("Location"));

        List<Membership> memberships = membershipsOf(1);
        assertEquals(2, memberships.size());
        Membership before = memberships.get(0);
        Membership after = memberships.get(1);
        assertEquals("General", before.tier.name);
        assertEquals("2023-04", before.departed.iso(), "ended on the date");
        assertEquals("Governing", after.tier.name);
        assertEquals("2023-04", after.joined.iso());
        assertNull(after.departed);
        assertEquals(List.of(data.source.id), after.sources.stream().map(s -> s.id).toList());

        Document page = editor.page("/alliances/" + data.alliance.slug);
        assertTrue(page.selectFirst(".flash").text().contains("Governing"), page.selectFirst(".flash").text());
        assertEquals("April 2023 (to Governing)", rowOf(page, 1, 0).selectFirst("td[data-label=Left]").text());
        assertEquals("April 2023 (from General)", rowOf(page, 1, 1).selectFirst("td[data-label=Joined]").text());
        Document today = editor.page("/alliances/" + data.alliance.slug + "?at=2023-06");
        assertEquals("Governing", rowOf(today, 1, 0).selectFirst("td[data-label=Tier]").text());
        assertEquals(1, today.select("table.members tbody tr th").eachText().stream()
                .filter(data.organizations.get(1).name::equals).count(), "a member once on any date");
        given().get("/api/v1/alliances/" + data.alliance.slug).then().statusCode(200)
                .body("alliance.namedMembers", equalTo(6))
                .body("alliance.membersToday", equalTo(4));
        Document organization = editor.page("/organizations/" + data.organizations.get(1).slug);
        assertTrue(organization.text().contains("April 2023 (to Governing)"), organization.text());
    }

    @Test
    void theMembersChartDrawsBothTiersInTheMembersOneLane() {
        assertEquals(303, change(changeOf(1, governing, "2023-04")).statusCode());
        String svg = given().get("/timelines/alliances/" + data.alliance.slug + "/swimlanes.svg").then().statusCode(200)
                .extract().asString();
        Document chart = Jsoup.parse(svg, "", Parser.xmlParser());
        String name = data.organizations.get(1).name;
        assertEquals(List.of("★ " + name), chart.select("text.lane-label > title").eachText().stream()
                .filter(label -> label.endsWith(name)).toList(), "one lane, a founding member's");
        List<Element> bars = chart.select("g.bar").stream()
                .filter(bar -> bar.selectFirst("title").text().startsWith(name + ",")).toList();
        assertEquals(2, bars.size());
        assertEquals(bars.get(0).selectFirst("rect").attr("y"), bars.get(1).selectFirst("rect").attr("y"),
                "drawn at the same height");
        assertTrue(bars.get(0).selectFirst("title").text().contains("General"), bars.get(0).text());
        assertTrue(bars.get(1).selectFirst("title").text().contains("Governing"), bars.get(1).text());
        assertEquals(6, chart.select("text.lane-label").size(), "a lane for each of the six members");
    }

    @Test
    void aChangeThatCannotBeMadeIsRefusedBesideItsFieldAndChangesNothing() {
        String general = String.valueOf(QuarkusTransaction.requiringNew().call(() -> MembershipTier
                .<MembershipTier>find("alliance.id = ?1 and name = 'General'", data.alliance.id).firstResult().id));
        record Refusal(Map<String, String> values, String field, String message) {
        }
        String name0 = data.organizations.get(0).name;
        for (Refusal refusal : List.of(
                new Refusal(changeOf(3, governing, "2023"), "tier", "already at the tier Governing"),
                new Refusal(changeOf(0, general, "2023"), "organization",
                        name0 + " is not a member of " + data.alliance.name + " now"),
                new Refusal(changeOf(1, governing, "2000"), "joined", "February 2001, when"),
                new Refusal(changeOf(1, "", "2023"), "tier", "Choose the new tier."))) {
            Response refused = change(refusal.values());
            assertEquals(422, refused.statusCode(), refusal.toString());
            Document form = Jsoup.parse(refused.asString());
            String error = form.selectFirst("#f-" + refusal.field() + "-error").text();
            assertTrue(error.contains(refusal.message()), error);
            assertEquals(refusal.values().get("joined"), form.selectFirst("#f-joined").val(), "the values as typed");
        }
        assertEquals(1, membershipsOf(0).size());
        assertEquals(1, membershipsOf(1).size());
        assertNull(membershipsOf(1).get(0).departed, "nothing changed");
        assertEquals(1, membershipsOf(3).size());
    }

    @Test
    void aChangeAfterTheAlliancesDissolutionIsRefused() {
        QuarkusTransaction.requiringNew().run(() -> {
            Alliance alliance = Alliance.findById(data.alliance.id);
            alliance.dissolved = PartialDate.parse("2022-06-30");
            GeneratedData.touch();
        });
        Response refused = change(changeOf(1, governing, "2023"));
        assertEquals(422, refused.statusCode());
        assertEquals("Use a date before 30 June 2022, when " + data.alliance.name + " was dissolved.",
                Jsoup.parse(refused.asString()).selectFirst("#f-joined-error").text());
        assertEquals(1, membershipsOf(1).size(), "nothing changed");
        assertEquals(303, change(changeOf(1, governing, "2021")).statusCode(), "a change while it still was");
    }

    @Test
    void aBotChangesATierInOneCallAndIsToldWhyNotAsAProblem() {
        String token = editor.apiToken("tier bot");
        Map<String, Object> body = Map.of("alliance", data.alliance.id, "organization", data.organizations.get(2).id,
                "tier", Long.valueOf(governing), "joined", "2024-01");
        Response created = given().header("Authorization", "Bearer " + token).contentType("application/json")
                .body(body).post("/api/v1/records/tier-change");
        created.then().statusCode(201).body("type", equalTo("membership")).body("data.joined", equalTo("2024-01"))
                .body("data.tier", equalTo(governing));
        String location = created.header("Location").replaceFirst("^https?://[^/]+", "");
        assertTrue(location.matches("/api/v1/records/membership/[0-9]+"), location);
        given().get(location).then().statusCode(200).body("data.departed", equalTo(""));
        List<Membership> memberships = membershipsOf(2);
        assertEquals("2024-01", memberships.get(0).departed.iso(), "the membership at its former tier ended");
        assertEquals(2, memberships.size());

        given().header("Authorization", "Bearer " + token).contentType("application/json").body(body)
                .post("/api/v1/records/tier-change").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.tier", equalTo(data.organizations.get(2).name + " is already at the tier Governing."));
        assertEquals(2, membershipsOf(2).size(), "nothing more");
        given().get("/api/v1/records/tier-change/" + memberships.get(1).id).then().statusCode(404);
    }

    @Test
    void theAlliancePageOffersAChangeOfTierForEachCurrentMember() {
        Document page = editor.page("/alliances/" + data.alliance.slug);
        List<String> offered = page.select("table.members a:containsOwn(Change tier)").eachAttr("href");
        assertEquals(4, offered.size(), "members 1, 2, 3 and 5; 0 and 4 left");
        assertTrue(offered.contains("/edit/tier-change/new?alliance=" + data.alliance.id + "&organization="
                + data.organizations.get(1).id), offered.toString());
        Document form = editor.page(offered.get(0));
        assertEquals(List.of("Choose…", "Governing", "General"), form.select("#f-tier option").eachText(),
                "the alliance's tiers");
        assertEquals(0, editor.page("/alliances/open-virtualization-alliance")
                .select("a:containsOwn(Change tier)").size(), "an alliance without tiers");
    }
}
