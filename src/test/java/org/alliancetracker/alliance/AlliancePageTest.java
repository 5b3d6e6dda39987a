package org.alliancetracker.alliance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.alliancetracker.testing.GeneratedData;
import org.alliancetracker.testing.NamesToSort;
import org.alliancetracker.testing.Pages;

@QuarkusTest
class AlliancePageTest {

    private static final String OVA = "/alliances/open-virtualization-alliance";

    private static Element memberRow(Document page, String name) {
        return page.select("table.members tbody tr").stream()
                .filter(row -> row.selectFirst("th").text().startsWith(name))
                .findFirst().orElseThrow(() -> new AssertionError(name + " is not in the member table"));
    }

    private static List<String> memberNames(Document page) {
        return page.select("table.members tbody th a").eachText();
    }

    @Test
    void listsIbmAsAFoundingMemberFromMay2011WithItsSources() {
        Document page = Pages.get(OVA);
        assertEquals("Open Virtualization Alliance (OVA)", page.selectFirst("h1").text());
        Element ibm = memberRow(page, "IBM");
        assertTrue(page.select("table.members thead th").eachText().stream().noneMatch(h -> h.equals("Tier")),
                "no tier column for an alliance without tiers");
        Element joined = ibm.select("td").get(0).selectFirst("time");
        assertEquals("May 2011", joined.text());
        assertEquals("2011-05", joined.attr("datetime"));
        assertEquals("Founding member", ibm.select("td").get(2).text());
        List<String> sources = ibm.select("td").get(3).select("a").eachText();
        assertTrue(sources.contains("ZDNet, May 2011"), sources.toString());
        assertTrue(sources.contains("InformationWeek, November 2011"), sources.toString());
        assertTrue(ibm.select("td").get(3).selectFirst("a").attr("href").matches("/sources/\\d+"));
    }

    @Test
    void membersWithoutARecordedLeavingEndWithTheDissolution() {
        Element left = memberRow(Pages.get(OVA), "IBM").select("td").get(1);
        assertEquals("2016-12-01", left.selectFirst("time").attr("datetime"));
        assertEquals("1 December 2016 (alliance dissolved)", left.text());
    }

    @Test
    void showsEveryNamedMemberAndTheReportedCountsBesideThem() {
        Document page = Pages.get(OVA);
        assertEquals(List.of("BMC Software", "Eucalyptus Systems", "Hewlett-Packard", "IBM", "Intel", "Red Hat", "SUSE",
                "AMD", "CA Technologies"), memberNames(page));
        assertTrue(page.text().contains("9 memberships named, 7 of them founding."));
        List<String> counts = page.select("table.counts tbody tr").eachText();
        assertEquals(3, counts.size());
        assertTrue(counts.get(0).startsWith("May 2011 10 founding members"), counts.get(0));
        assertTrue(counts.get(1).startsWith("September 2011 at least 100 members"), counts.get(1));
        assertTrue(counts.get(2).startsWith("November 2011 200 members"), counts.get(2));
        assertTrue(page.select("a[href=/projects/kvm]").size() > 0, "links the promoted project");
        assertEquals("1 December 2016", page.select(".lede time").get(1).text());
    }

    @Test
    void membersOnADateFollowThePrecisionRule() {
        Document june = Pages.get(OVA + "?at=2011-06");
        assertEquals("Members on June 2011", june.selectFirst("#members-heading").text());
        assertEquals("2011-06", june.selectFirst("input#at").val(), "the form keeps the date, so the URL is shareable");
        List<String> names = memberNames(june);
        assertEquals(7, names.size(), names.toString());
        assertFalse(names.contains("AMD"), "AMD's joining is known to the year only, so it counts from 31 December");

        assertTrue(memberNames(Pages.get(OVA + "?at=2011")).contains("AMD"));
        assertTrue(memberNames(Pages.get(OVA + "?at=2011-05")).contains("IBM"));
        assertEquals(List.of(), memberNames(Pages.get(OVA + "?at=2011-04")));
        assertEquals(List.of(), memberNames(Pages.get(OVA + "?at=2017")), "the alliance was dissolved in 2016");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2011-13", "2011-02-30", "0000", "99999", "June", "2011-6", "<script>"})
    void aMalformedDateReShowsThePageWithTheDateAsTypedAndTheAcceptedFormatsBesideIt(String at) {
        Document page = Pages.get(OVA + "?at=" + at, 400);
        Element field = page.selectFirst("form.at-form input#at");
        assertEquals(at, field.val(), "the date as typed");
        assertEquals("true", field.attr("aria-invalid"));
        assertEquals("at-error at-help", field.attr("aria-describedby"));
        String message = page.selectFirst("form.at-form p.field-error#at-error").text();
        assertTrue(message.contains("2011") && message.contains("2011-05") && message.contains("2011-05-17"), message);
        assertEquals(memberNames(Pages.get(OVA)), memberNames(page), "every member, as without a date");
        assertTrue(page.select("script").isEmpty());
        given().get(OVA + "?at=" + at).then().statusCode(400).contentType("text/html;charset=UTF-8");
        given().get(OVA).then().statusCode(200).contentType("text/html;charset=UTF-8");
    }

    @Test
    void anUnknownAllianceIsANotFoundPage() {
        Document page = Pages.get("/alliances/no-such-alliance", 404);
        assertEquals("Not found", page.selectFirst("h1").text());
        assertTrue(page.selectFirst(".error-message").text().contains("no-such-alliance"));
        assertTrue(page.selectFirst("form[role=search]") != null, "the error page keeps the site's header");
    }

    @Test
    void anAllianceWithTiersShowsEachMembersTier() {
        try (GeneratedData data = GeneratedData.allianceWithMembers(3)) {
            Document page = Pages.get("/alliances/" + data.alliance.slug);
            assertEquals(List.of("Governing", "General"), page.select("ol.tiers li").eachText());
            assertEquals(List.of("Governing", "General", "General"),
                    page.select("table.members tbody tr").stream().map(r -> r.selectFirst("td").text()).toList());
        }
    }

    @Test
    void theListOfEveryMemberSaysHowManyAreMembersTodayAndLinksToThem() {
        try (GeneratedData data = GeneratedData.allianceWithMembers(8)) {
            String address = "/alliances/" + data.alliance.slug;
            Element today = Pages.get(address).selectFirst("a.members-today");
            // Members 0 and 4 left in 2021; the other six are members today.
            assertEquals("6 members today", today.text());
            assertEquals(address + "?at=" + LocalDate.now(), today.attr("href"));

            Document onToday = Pages.get(today.attr("href"));
            assertEquals(6, memberNames(onToday).size());
            assertTrue(memberNames(onToday).stream().noneMatch(name -> name.endsWith(" 0") || name.endsWith(" 4")));
            assertTrue(onToday.select("a.members-today").isEmpty(), "a list on a date needs no such link");
        }
        assertTrue(Pages.get(OVA).select("a.members-today").isEmpty(), "a dissolved alliance has no members today");
    }

    @Test
    void aTierShowsOnlyItsMembersAndTheLinksKeepIt() {
        try (GeneratedData data = GeneratedData.allianceWithMembers(8)) {
            String address = "/alliances/" + data.alliance.slug;
            // Members 0, 3 and 6 are Governing, the others General; 0 and 4 left in 2021.
            Document general = Pages.get(address + "?tier=general");
            assertEquals("General members, past and present", general.selectFirst("#members-heading").text());
            assertTrue(general.title().startsWith(data.alliance.name + ", General members"), general.title());
            assertEquals(List.of("1", "2", "4", "5", "7"), memberNumbers(general));
            assertEquals("General", general.selectFirst("select#tier option[selected]").text());
            assertEquals(address + "/members.csv?tier=General",
                    general.selectFirst("a[href*=members.csv]").attr("href"));
            assertEquals("4 members today", general.selectFirst("a.members-today").text());
            assertEquals(address + "?at=" + LocalDate.now() + "&tier=General",
                    general.selectFirst("a.members-today").attr("href"));
            assertEquals(address, general.selectFirst(".at-form a").attr("href"), "a link back to every member");

            Document governingIn2004 = Pages.get(address + "?at=2004&tier=Governing");
            assertEquals("Governing members on 2004", governingIn2004.selectFirst("#members-heading").text());
            assertEquals(List.of("0", "3"), memberNumbers(governingIn2004));
            assertEquals(address + "/members.json?at=2004&tier=Governing",
                    governingIn2004.selectFirst("a[href*=members.json]").attr("href"));
        }
    }

    @Test
    void aTierTheAllianceDoesNotHaveReShowsEveryMemberWithTheErrorBesideTheTierField() {
        try (GeneratedData data = GeneratedData.allianceWithMembers(4)) {
            Document page = Pages.get("/alliances/" + data.alliance.slug + "?tier=Platinum&at=2010", 400);
            assertEquals("Tier: Choose one of the tiers of " + data.alliance.name + ": Governing, General.",
                    page.selectFirst("#tier-error").text());
            assertEquals("true", page.selectFirst("select#tier").attr("aria-invalid"));
            assertEquals("2010", page.selectFirst("input#at").val(), "the date as typed");
            assertEquals(4, memberNames(page).size(), "every member, as neither filter applies");
        }
        Document ova = Pages.get(OVA + "?tier=Gold", 400);
        assertEquals("Tier: Open Virtualization Alliance records no membership tiers.",
                ova.selectFirst("#tier-error").text());
        assertTrue(Pages.get(OVA).select("select#tier").isEmpty(), "no tier field for an alliance without tiers");
    }

    @Test
    void theMemberListSortsByNameJoiningOrLeavingEitherWay() {
        assertEquals(List.of("AMD", "BMC Software", "CA Technologies", "Eucalyptus Systems", "Hewlett-Packard", "IBM",
                "Intel", "Red Hat", "SUSE"), memberNames(Pages.get(OVA + "?sort=name")));
        assertEquals(List.of("SUSE", "Red Hat", "Intel", "IBM", "Hewlett-Packard", "Eucalyptus Systems",
                "CA Technologies", "BMC Software", "AMD"), memberNames(Pages.get(OVA + "?sort=-name")));
        // AMD and CA Technologies joined in 2011, known to the year only, so after those of May 2011.
        assertEquals(List.of("AMD", "CA Technologies", "BMC Software", "Eucalyptus Systems", "Hewlett-Packard", "IBM",
                "Intel", "Red Hat", "SUSE"), memberNames(Pages.get(OVA + "?sort=-joined")));
        try (GeneratedData data = GeneratedData.allianceWithMembers(8)) {
            String address = "/alliances/" + data.alliance.slug;
            // Member i joined in 2000 + i; members 0 and 4 left in 2021, the others are members still.
            assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7"), memberNumbers(Pages.get(address)));
            assertEquals(List.of("7", "6", "5", "4", "3", "2", "1", "0"),
                    memberNumbers(Pages.get(address + "?sort=-joined")));
            assertEquals(List.of("0", "4", "1", "2", "3", "5", "6", "7"),
                    memberNumbers(Pages.get(address + "?sort=left")), "those who left first, then the members still");
            assertEquals(List.of("1", "2", "3", "5", "6", "7", "0", "4"),
                    memberNumbers(Pages.get(address + "?sort=-left")), "the members still first, then who left last");
            assertEquals(List.of("4", "2", "1"),
                    memberNumbers(Pages.get(address + "?tier=General&at=2004&sort=-joined")),
                    "the order applies to the list a date and a tier choose");
        }
    }

    private static Element heading(Document page, String name) {
        return Pages.columnHeading(page, "table.members", name);
    }

    @Test
    void eachSortableHeadingSaysWhetherItSortsTheListAndLinksToItsOrderKeepingTheFilter() {
        Document byJoining = Pages.get(OVA);
        assertEquals("ascending", heading(byJoining, "Joined").attr("aria-sort"), "the list is by joining date");
        assertEquals(OVA + "?sort=-joined", heading(byJoining, "Joined").selectFirst("a").attr("href"),
                "the sorting heading turns the order round");
        assertEquals(OVA + "?sort=name", heading(byJoining, "Organization").selectFirst("a").attr("href"));
        assertEquals(OVA + "?sort=left", heading(byJoining, "Left").selectFirst("a").attr("href"));
        assertFalse(heading(byJoining, "Organization").hasAttr("aria-sort"));
        assertTrue(heading(byJoining, "Founding").select("a").isEmpty(), "only names and dates sort");

        Document byName = Pages.get(OVA + "?at=2011&sort=name");
        assertEquals("ascending", heading(byName, "Organization").attr("aria-sort"));
        assertFalse(heading(byName, "Joined").hasAttr("aria-sort"));
        assertEquals(OVA + "?at=2011&sort=-name", heading(byName, "Organization").selectFirst("a").attr("href"));
        assertEquals(OVA + "?at=2011", heading(byName, "Joined").selectFirst("a").attr("href"),
                "joining date first is the list's own order");
        assertEquals("name", byName.selectFirst("select#sort option[selected]").val(), "the form keeps the order");
        assertEquals(OVA + "/members.csv?at=2011&sort=name", byName.selectFirst("a[href*=members.csv]").attr("href"));
        assertEquals(OVA + "?sort=name", byName.selectFirst(".at-form a").attr("href"),
                "every member again, in the same order");

        Document reversed = Pages.get(OVA + "?sort=-name");
        assertEquals("descending", heading(reversed, "Organization").attr("aria-sort"));
        assertEquals(OVA + "?sort=name", heading(reversed, "Organization").selectFirst("a").attr("href"));
    }

    @Test
    void anOrderTheListDoesNotOfferReShowsItByJoiningDateWithTheErrorBesideTheOrderField() {
        Document page = Pages.get(OVA + "?sort=size&at=2011", 400);
        assertEquals("Order: Choose one of the orders in the list.", page.selectFirst("#sort-error").text());
        assertEquals("true", page.selectFirst("select#sort").attr("aria-invalid"));
        assertEquals("2011", page.selectFirst("input#at").val(), "the date as typed");
        assertEquals(memberNames(Pages.get(OVA + "?at=2011")), memberNames(page), "the members of that date");
    }

    @Test
    void anAddressThatSaysTheSameInOtherWordsIsRedirectedToTheListsOwnUnlessItCarriesMore() {
        try (GeneratedData data = GeneratedData.allianceWithMembers(3)) {
            String address = "/alliances/" + data.alliance.slug;
            Map<String, String> redirects = Map.of(
                    "?at=&tier=general&sort=joined", "?tier=General",
                    "?at=2011-06&tier=&sort=", "?at=2011-06",
                    "?sort=Name", "?sort=name",
                    "?sort=-left&at=2011", "?at=2011&sort=-left",
                    "?sort=joined", "");
            redirects.forEach((query, own) -> {
                Response response = given().redirects().follow(false).get(address + query);
                assertEquals(302, response.statusCode(), query);
                URI location = URI.create(response.header("Location"));
                assertEquals(address + own, location.getRawPath()
                        + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery()), query);
                assertEquals("no-store", response.header("Cache-Control"),
                        "the list's own address depends on the data");
                given().redirects().follow(false).get(address + own).then().statusCode(200);
            });
        }
        given().redirects().follow(false).get(OVA + "?sort=size").then().statusCode(400);
        given().redirects().follow(false).get(OVA + "?sort=joined&utm_source=newsletter").then().statusCode(200);
    }

    /** The numbers that end the generated members' names, in the order of the table. */
    private static List<String> memberNumbers(Document page) {
        return memberNames(page).stream().map(name -> name.substring(name.lastIndexOf(' ') + 1)).toList();
    }

    /** The names in the list of alliances that are among {@code names}, in the list's order. */
    private static List<String> alliancesAmong(Document page, Set<String> names) {
        return page.select("tbody th a").eachText().stream().filter(names::contains).toList();
    }

    @Test
    void theListOfAlliancesSortsByNameFoundingOrEitherCountOfMembers() {
        String ova = "Open Virtualization Alliance";
        try (GeneratedData small = GeneratedData.allianceWithMembers(2);
                GeneratedData large = GeneratedData.allianceWithMembers(5)) {
            // Both generated alliances were founded in 2000, after OVA in 2011; of their members, the first and the
            // fifth have left. Ties go by name.
            String smallName = small.alliance.name;
            String largeName = large.alliance.name;
            List<String> generated = Stream.of(smallName, largeName).sorted().toList();
            Set<String> names = Set.of(ova, smallName, largeName);
            assertEquals(List.of(generated.get(0), generated.get(1), ova),
                    alliancesAmong(Pages.get("/alliances"), names), "by name, in any case: g before O");
            assertEquals(List.of(ova, generated.get(1), generated.get(0)),
                    alliancesAmong(Pages.get("/alliances?sort=-name"), names));
            assertEquals(List.of(generated.get(0), generated.get(1), ova),
                    alliancesAmong(Pages.get("/alliances?sort=founded"), names));
            assertEquals(List.of(ova, generated.get(0), generated.get(1)),
                    alliancesAmong(Pages.get("/alliances?sort=-founded"), names), "ties by name either way");
            assertEquals(List.of(ova, largeName, smallName),
                    alliancesAmong(Pages.get("/alliances?sort=-named"), names), "9, 5 and 2 named members");
            assertEquals(List.of(smallName, largeName, ova),
                    alliancesAmong(Pages.get("/alliances?sort=named"), names));
            Document mostToday = Pages.get("/alliances?sort=-today");
            assertEquals(List.of(largeName, smallName, ova), alliancesAmong(mostToday, names),
                    "3, 1 and 0 members today");
            assertEquals(List.of("5", "3"), mostToday.select("tbody tr").stream()
                    .filter(r -> r.selectFirst("th").text().equals(largeName)).findFirst().orElseThrow()
                    .select("td.num").eachText());
            assertEquals(List.of(ova, smallName, largeName),
                    alliancesAmong(Pages.get("/alliances?sort=today"), names));
        }
    }

    @Test
    void membersAndAlliancesGoByNameAlikeWhetherTheDatabaseOrThePageSortsThem() {
        try (GeneratedData data = GeneratedData.allianceWithMembersNamed(NamesToSort.AS_MADE)) {
            // Every member joined in the same month.
            NamesToSort.assertListedInOrder(data.prefix, "/alliances/" + data.alliance.slug,
                    AlliancePageTest::memberNames);

            QuarkusTransaction.requiringNew().run(() -> {
                for (int i = 0; i < NamesToSort.AS_MADE.size(); i++) {
                    data.persistAllianceNamed(NamesToSort.AS_MADE.get(i), i);
                }
                GeneratedData.touch();
            });
            Set<String> names = Set.copyOf(NamesToSort.inOrder(data.prefix));
            assertEquals(NamesToSort.inOrder(data.prefix), alliancesAmong(Pages.get("/alliances"), names));
            assertEquals(NamesToSort.inReverse(data.prefix), alliancesAmong(Pages.get("/alliances?sort=-name"), names));
            assertEquals(NamesToSort.inOrder(data.prefix), alliancesAmong(Pages.get("/alliances?sort=founded"), names),
                    "founded in the same year, so by name");
        }
    }

    private static Element listHeading(Document page, String name) {
        return Pages.columnHeading(page, "table", name);
    }

    @Test
    void eachSortableHeadingOfTheListOfAlliancesLinksToItsOrderAndACountsHeadingSortsMostFirst() {
        try (GeneratedData another = GeneratedData.allianceWithMembers(1)) {
            Document byName = Pages.get("/alliances");
            assertEquals("ascending", listHeading(byName, "Alliance").attr("aria-sort"));
            assertEquals("/alliances?sort=-name", listHeading(byName, "Alliance").selectFirst("a").attr("href"));
            assertEquals("/alliances?sort=founded", listHeading(byName, "Founded").selectFirst("a").attr("href"));
            assertEquals("/alliances?sort=-named",
                    listHeading(byName, "Named members").selectFirst("a").attr("href"));
            assertEquals("/alliances?sort=-today",
                    listHeading(byName, "Members today").selectFirst("a").attr("href"));
            assertTrue(listHeading(byName, "Dissolved").select("a").isEmpty());
            assertEquals("name", byName.selectFirst("select#sort option[selected]").val(),
                    "a list of more than one alliance has an Order field");

            Document mostToday = Pages.get("/alliances?sort=-today");
            assertEquals("descending", listHeading(mostToday, "Members today").attr("aria-sort"));
            assertFalse(listHeading(mostToday, "Alliance").hasAttr("aria-sort"));
            assertEquals("/alliances?sort=today",
                    listHeading(mostToday, "Members today").selectFirst("a").attr("href"),
                    "a second click turns the order round");
            assertEquals("/alliances", listHeading(mostToday, "Alliance").selectFirst("a").attr("href"),
                    "by name is the list's own order");
            assertEquals("-today", mostToday.selectFirst("select#sort option[selected]").val(),
                    "the form keeps the order");
        }
    }

    @Test
    void anOrderTheListOfAlliancesDoesNotOfferReShowsItByNameWithTheErrorBesideTheOrderField() {
        Document page = Pages.get("/alliances?sort=size", 400);
        assertEquals("Order: Choose one of the orders in the list.", page.selectFirst("#sort-error").text());
        assertEquals("true", page.selectFirst("select#sort").attr("aria-invalid"));
        assertEquals(Pages.get("/alliances").select("tbody th a").eachText(), page.select("tbody th a").eachText());
    }

    @Test
    void anAddressOfTheListOfAlliancesThatSaysTheSameInOtherWordsIsRedirected() {
        Map.of("?sort=name", "/alliances", "?sort=", "/alliances", "?sort=-TODAY", "/alliances?sort=-today")
                .forEach((query, own) -> given().redirects().follow(false).get("/alliances" + query).then()
                        .statusCode(302).header("Location", endsWith(own)).header("Cache-Control", "no-store"));
        given().redirects().follow(false).get("/alliances?sort=-today").then().statusCode(200);
        given().redirects().follow(false).get("/alliances?sort=name&utm_source=newsletter").then().statusCode(200);
    }

    @Test
    void theListShowsCounts() {
        Document page = Pages.get("/alliances");
        Element row = page.select("tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().startsWith("Open Virtualization Alliance")).findFirst()
                .orElseThrow();
        assertEquals("9", row.select("td.num").get(0).text());
        assertEquals("0", row.select("td.num").get(1).text(), "dissolved, so no members today");
    }
}
