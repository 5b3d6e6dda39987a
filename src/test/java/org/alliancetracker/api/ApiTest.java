package org.alliancetracker.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.alliancetracker.history.AuditEntry;
import org.alliancetracker.organization.Organization;
import org.alliancetracker.organization.OrganizationKind;
import org.alliancetracker.testing.GeneratedData;

/** The contract of each read endpoint on the demo story, its pagination and its errors. */
@QuarkusTest
class ApiTest {

    private static final String OVA = "/api/v1/alliances/open-virtualization-alliance";

    @Test
    void theApisRootLinksEachListTheFeedsAndTheDocumentation() {
        JsonPath root = given().get("/api/v1").then().statusCode(200).contentType("application/json").extract()
                .jsonPath();
        assertTrue(root.getString("documentation").endsWith("/q/openapi"), root.getString("documentation"));
        assertTrue(root.getString("explorer").endsWith("/q/swagger-ui/"), root.getString("explorer"));
        Map<String, String> links = root.getMap("links", String.class, String.class);
        assertEquals(Set.of("alliances", "organizations", "projects", "sources", "backerChanges", "search",
                "changes", "snapshot"), links.keySet());
        links.forEach((name, link) -> {
            assertTrue(link.startsWith("http://") && link.contains("/api/v1/"), name + ": " + link);
            given().get(link.replace("{q}", "kvm")).then().statusCode(200);
        });
        assertTrue(links.get("search").endsWith("/api/v1/search?q={q}"), links.get("search"));
        given().redirects().follow(false).get("/api").then().statusCode(301)
                .header("Location", endsWith("/api/v1"));
    }

    @Test
    void alliancesListTheirDatesAtTheirPrecisionAndTheirSources() {
        given().get("/api/v1/alliances").then().statusCode(200).contentType("application/json")
                .body("items.find { it.slug == 'open-virtualization-alliance' }.founded", equalTo("2011-05"))
                .body("items.find { it.slug == 'open-virtualization-alliance' }.dissolved", equalTo("2016-12-01"))
                .body("items.find { it.slug == 'open-virtualization-alliance' }.promotes", equalTo(List.of("kvm")))
                .body("items.find { it.slug == 'open-virtualization-alliance' }.namedMembers", equalTo(9))
                .body("items.find { it.slug == 'open-virtualization-alliance' }.sources.size()", equalTo(3));
    }

    @Test
    void anAllianceCarriesItsReportedCountsWithSources() {
        JsonPath json = given().get(OVA).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("2011-05", "2011-09", "2011-11"), json.getList("reportedCounts.asOf"));
        assertEquals(List.of(10, 100, 200), json.getList("reportedCounts.count"));
        assertEquals("AT_LEAST", json.getString("reportedCounts[1].qualifier"));
        assertEquals(1, json.getList("reportedCounts[2].sources").size());
    }

    @Test
    void membersOfATierInAnyCaseAreThoseOfThatTier() {
        try (GeneratedData data = GeneratedData.allianceWithMembers(6)) {
            // Members 0 and 3 are Governing, the others General; member 0 left in 2021.
            String members = "/api/v1/alliances/" + data.alliance.slug + "/members";
            JsonPath governing = given().get(members + "?tier=governing").then().statusCode(200).extract().jsonPath();
            assertEquals(List.of(data.prefix + "-org-0", data.prefix + "-org-3"),
                    governing.getList("items.organization"));
            assertEquals(List.of(data.prefix + "-org-3"), given().get(members + "?tier=Governing&at=2022").jsonPath()
                    .getList("items.organization"));
        }
    }

    @Test
    void membersOnADateFollowThePrecisionRule() {
        given().get(OVA + "/members?at=2011-06").then().statusCode(200)
                .body("items.size()", equalTo(7))
                .body("items.organization", hasItems("ibm", "hp", "red-hat"))
                .body("items.find { it.organization == 'ibm' }.joined", equalTo("2011-05"))
                .body("items.find { it.organization == 'ibm' }.founding", equalTo(true));
        given().get(OVA + "/members?at=2011").then().body("items.organization", hasItem("amd"));
    }

    @Test
    void pagesFollowTheLinkHeaderWithoutGapsOrRepeats() {
        List<String> seen = new ArrayList<>();
        String url = OVA + "/members?limit=4";
        int pages = 0;
        while (url != null) {
            Response page = given().urlEncodingEnabled(false).get(url);
            page.then().statusCode(200);
            seen.addAll(page.jsonPath().getList("items.organization"));
            String link = page.header("Link");
            String next = page.jsonPath().getString("next");
            assertEquals(link == null, next == null, "the Link header and next agree");
            url = link == null ? null : link.substring(link.indexOf('<') + 1, link.indexOf('>'))
                    .replaceFirst("^https?://[^/]+", "");
            pages++;
        }
        assertEquals(3, pages);
        assertEquals(9, seen.size());
        assertEquals(9, seen.stream().distinct().count());
    }

    @Test
    void anOrganizationCarriesItsWholeHistory() {
        JsonPath ibm = given().get("/api/v1/organizations/ibm").then().statusCode(200).extract().jsonPath();
        assertEquals("open-virtualization-alliance", ibm.getString("memberships[0].alliance"));
        assertEquals("2011-05", ibm.getString("memberships[0].joined"));
        assertEquals(List.of("xen", "kvm"), ibm.getList("backings.project"));
        assertNull(ibm.getString("backings[0].since"), "a start the sources do not give is null");
        assertEquals("xen", ibm.getString("backerChanges[0].from"));
        assertEquals("kvm", ibm.getString("backerChanges[0].to"));
        given().get("/api/v1/organizations/citrix").then()
                .body("ownership[0].acquired", equalTo("xensource"))
                .body("ownership[0].date", equalTo("2007-08-15"));
        given().get("/api/v1/organizations?limit=2").then().body("items.size()", equalTo(2))
                .header("Link", containsString("rel=\"next\""));
    }

    @Test
    void organizationsOfOneKindComeAPageAtATimeWithTheKindKeptInTheNextLink() {
        try (GeneratedData data = GeneratedData.allianceWithMembers(5)) {
            QuarkusTransaction.requiringNew().run(() -> {
                Organization.update("kind = ?1 where id in ?2", OrganizationKind.UNIVERSITY,
                        List.of(data.organizations.get(1).id, data.organizations.get(3).id));
                GeneratedData.touch();
            });
            List<String> universities = new ArrayList<>();
            String next = "/api/v1/organizations?kind=university&limit=1";
            while (next != null) {
                Response page = given().urlEncodingEnabled(false).get(next).then().statusCode(200).extract().response();
                page.jsonPath().<String>getList("items.kind").forEach(kind -> assertEquals("UNIVERSITY", kind));
                universities.addAll(page.jsonPath().getList("items.slug"));
                String link = page.header("Link");
                next = link == null ? null : link.replaceAll(".*<([^>]+)>; rel=\"next\".*", "$1");
            }
            assertEquals(List.of(data.organizations.get(1).slug, data.organizations.get(3).slug), universities.stream()
                    .filter(slug -> slug.startsWith(data.prefix)).toList(), "in id order, page after page");
            assertEquals(universities, given().get("/api/v1/organizations?kind=UNIVERSITY&limit=500").jsonPath()
                    .getList("items.slug"), "the kind as the API writes it works too");
        }
    }

    @Test
    void projectBackersOnADate() {
        List<String> backers = given().get("/api/v1/projects/kvm/backers?at=2012").then().statusCode(200)
                .extract().jsonPath().getList("items.organization");
        assertTrue(backers.containsAll(List.of("ibm", "hp", "intel", "red-hat", "suse", "amd")), backers.toString());
        assertFalse(backers.contains("qumranet"), "Red Hat bought Qumranet in 2008");
        List<String> xen2012 = given().get("/api/v1/projects/xen/backers?at=2012").jsonPath()
                .getList("items.organization");
        assertTrue(!xen2012.contains("ibm") && xen2012.contains("citrix"), xen2012.toString());
        given().get("/api/v1/projects").then().body("items.slug", hasItems("xen", "kvm", "vmware-esx"));
    }

    @Test
    void aProjectHasItsOwnAddressWithTheAlliancesThatPromoteIt() {
        JsonPath kvm = given().get("/api/v1/projects/kvm").then().statusCode(200).contentType("application/json")
                .extract().jsonPath();
        assertEquals("KVM", kvm.getString("project.name"));
        assertEquals("OPEN_SOURCE", kvm.getString("project.license"));
        assertEquals(List.of("open-virtualization-alliance"), kvm.getList("promotedBy"));
        assertEquals(List.of(), given().get("/api/v1/projects/xen").jsonPath().getList("promotedBy"));
        given().get("/api/v1/projects/no-such-project").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    /**
     * Each alliance, organization and project carries its id, the one the change feed and the records API name it
     * by, so that a bot can join what it reads by slug with what the feed tells it.
     */
    @ParameterizedTest
    @CsvSource({"alliance, /api/v1/alliances/open-virtualization-alliance, alliance",
            "organization, /api/v1/organizations/red-hat, organization", "project, /api/v1/projects/kvm, project",
            "alliance, /api/v1/alliances, items[0]", "organization, /api/v1/organizations, items[0]",
            "project, /api/v1/projects, items[0]", "organization, /api/v1/search?q=red-hat, organizations.items[0]",
            "alliance, /api/v1/search?q=ova, alliances.items[0]", "project, /api/v1/search?q=kvm, projects.items[0]"})
    void recordsCarryTheIdsTheChangeFeedAndTheRecordsApiUse(String type, String path, String record) {
        JsonPath read = given().get(path).then().statusCode(200).extract().jsonPath();
        long id = read.getLong(record + ".id");
        JsonPath same = given().get("/api/v1/records/" + type + "/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(read.getString(record + ".slug"), same.getString("data.slug"), path);
        assertEquals(read.getString(record + ".name"), same.getString("data.name"), path);
    }

    @Test
    void alliancesAndProjectsCountTheirMembersAndBackersToday() {
        try (GeneratedData data = GeneratedData.allianceWithMembers(6)) {
            String today = LocalDate.now().toString();
            String alliance = "/api/v1/alliances/" + data.alliance.slug;
            int membersToday = given().get(alliance + "/members?at=" + today).jsonPath().getList("items").size();
            assertEquals(4, membersToday, "members 0 and 4 left in 2021");
            given().get(alliance).then().body("alliance.namedMembers", equalTo(6))
                    .body("alliance.membersToday", equalTo(membersToday));
            given().get("/api/v1/alliances?limit=500").then()
                    .body("items.find { it.slug == '" + data.alliance.slug + "' }.membersToday", equalTo(4))
                    .body("items.find { it.slug == 'open-virtualization-alliance' }.membersToday", equalTo(0));

            String project = "/api/v1/projects/" + data.project.slug;
            int backersToday = given().get(project + "/backers?at=" + today).jsonPath().getList("items").size();
            assertEquals(6, backersToday);
            given().get(project).then().body("project.backersToday", equalTo(backersToday));
            given().get("/api/v1/projects?limit=500").then()
                    .body("items.find { it.slug == '" + data.project.slug + "' }.backersToday", equalTo(6));
        }
        // Organizations, each once however many of its backings are current.
        long kvmToday = given().get("/api/v1/projects/kvm/backers?at=" + LocalDate.now()).jsonPath()
                .getList("items.organization").stream().distinct().count();
        assertTrue(kvmToday > 0);
        given().get("/api/v1/projects?limit=500").then()
                .body("items.find { it.slug == 'kvm' }.backersToday", equalTo((int) kvmToday));
    }

    @Test
    void backerChangesFilterByProjects() {
        given().get("/api/v1/backer-changes?from=xen&to=kvm").then().statusCode(200)
                .body("items.size()", equalTo(5))
                .body("items.organization", hasItems("ibm", "hp", "intel", "amd", "red-hat"));
        given().get("/api/v1/backer-changes?from=kvm").then().body("items.size()", equalTo(0));
        given().get("/api/v1/backer-changes?from=XEN&to=Kvm").then().statusCode(200)
                .body("items.size()", equalTo(5));
        given().get("/api/v1/backer-changes?from=kvmm").then().statusCode(400)
                .body("detail", containsString("Did you mean kvm?"));
    }

    @Test
    void aSourceByItsId() {
        int id = given().get("/api/v1/organizations/ibm").jsonPath().getInt("memberships[0].sources[0]");
        given().get("/api/v1/sources/" + id).then().statusCode(200).body("id", equalTo(id))
                .body("publisher", equalTo("InformationWeek"));
    }

    @Test
    void everySourceAPageAtATime() {
        List<Integer> cited = given().get("/api/v1/organizations/ibm").jsonPath().getList("memberships[0].sources");
        List<Integer> seen = new ArrayList<>();
        String url = "/api/v1/sources?limit=2";
        while (url != null) {
            Response page = given().urlEncodingEnabled(false).get(url);
            List<Integer> ids = page.then().statusCode(200).extract().jsonPath().getList("items.id");
            assertTrue(ids.size() <= 2, ids.toString());
            seen.addAll(ids);
            String next = page.jsonPath().getString("next");
            url = next == null ? null : "/api/v1/sources?limit=2&cursor=" + next;
        }
        assertTrue(seen.containsAll(cited), seen + " holds " + cited);
        assertEquals(seen.stream().sorted().toList(), seen, "in id order");
        assertEquals(seen.size(), seen.stream().distinct().count(), "no source twice");
        given().get("/api/v1/sources?limit=1").then().body("items[0].title", notNullValue());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/v1/alliances/nope|404|no alliance called 'nope'",
            "/api/v1/alliances/open-virtualization-alliance/members?at=2011-13|400|2011-05-17",
            "/api/v1/alliances/open-virtualization-alliance/members?tier=Gold|400|'tier'",
            "/api/v1/alliances?limit=0|400|'limit'",
            "/api/v1/alliances?limit=x|400|'limit'",
            "/api/v1/alliances?cursor=nonsense|400|not a cursor",
            "/api/v1/changes?after=%3Cscript%3E|400|not a cursor",
            "/api/v1/backer-changes?from=nope|400|'from'",
            "/api/v1/sources/abc|404|no source",
            "/api/v1/sources?limit=501|400|'limit'",
            "/api/v1/organizations/nobody|404|no organization",
            "/api/v1/organizations?kind=robot|400|'kind'",
            "/api/v1/no-such-thing|404|nothing at this address"})
    void errorsAreProblemJsonWithAUsefulDetail(String path, int status, String detail) {
        given().urlEncodingEnabled(false).get(path).then().statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("detail", containsString(detail))
                .body("detail", not(containsString("of the page")))
                .body(not(containsString("Exception")));
    }

    @Test
    void theChangeFeedStartsWithTheDataAndPagesForward() {
        JsonPath first = given().get("/api/v1/changes?limit=5").then().statusCode(200).extract().jsonPath();
        assertEquals(5, first.getList("items").size());
        assertEquals("created", first.getString("items[0].action"));
        assertEquals("source", first.getString("items[0].type"));
        List<Long> ids = first.getList("items.id", String.class).stream().map(Long::valueOf).toList();
        JsonPath second = given().get("/api/v1/changes?limit=5&after=" + first.getString("next")).jsonPath();
        long firstOfSecond = Long.parseLong(second.getString("items[0].id"));
        assertTrue(firstOfSecond > ids.get(4), "the next page starts after the last item");
    }

    /** Every change to the kinds asked for, read page by page to the end of the feed with the type kept. */
    private static List<JsonPath> changesOf(String types) {
        List<JsonPath> pages = new ArrayList<>();
        String next = "";
        while (true) {
            JsonPath page = given().get("/api/v1/changes?limit=50&type=" + types + "&after=" + next).then()
                    .statusCode(200).extract().jsonPath();
            if (page.getList("items").isEmpty()) {
                return pages;
            }
            pages.add(page);
            next = page.getString("next");
        }
    }

    @Test
    void theChangeFeedOfSomeKindsOfRecordHasEveryChangeToThemAndNoOther() {
        List<JsonPath> pages = changesOf("membership,ownership");
        List<String> types = pages.stream().flatMap(p -> p.getList("items.type", String.class).stream()).toList();
        List<Long> ids = pages.stream().flatMap(p -> p.getList("items.id", String.class).stream())
                .map(Long::valueOf).toList();
        assertTrue(types.containsAll(List.of("membership", "ownership")), types.toString());
        assertTrue(types.stream().allMatch(t -> t.equals("membership") || t.equals("ownership")), types.toString());
        assertEquals(ids.stream().sorted().distinct().toList(), ids, "oldest first, each once");
        long inTheLog = QuarkusTransaction.requiringNew().call(() ->
                AuditEntry.count("recordType in ?1", List.of("membership", "ownership")));
        assertEquals(inTheLog, ids.size(), "no change to those kinds is left out");
    }

    @Test
    void aKindOfRecordTheFeedDoesNotHaveIsRefused() {
        given().get("/api/v1/changes?type=membership,guild").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("guild"))
                .body("detail", containsString("backer-change"));
    }

    @Test
    void theApiIsDescribedInOpenApiWithSwaggerUi() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", hasKey("/api/v1/changes"))
                .body("paths", hasKey("/api/v1/alliances/{slug}/members"))
                .body("paths", hasKey("/api/v1/backer-changes"))
                .body("paths", hasKey("/api/v1/sources/{id}"))
                .body("paths", hasKey("/api/v1/search"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void browserWidgetsOnOtherSitesMayReadTheApi() {
        given().header("Origin", "https://widgets.example").get("/api/v1/alliances").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://widgets.example")
                .header("Access-Control-Expose-Headers", containsString("ETag"));
    }
}
