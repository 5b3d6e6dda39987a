package org.alliancetracker.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import org.alliancetracker.backing.BackerChange;
import org.alliancetracker.common.NameOrder;
import org.alliancetracker.common.PartialDate;
import org.alliancetracker.project.Project;
import org.alliancetracker.project.ProjectLicense;
import org.alliancetracker.testing.GeneratedData;
import org.alliancetracker.testing.NamesToSort;
import org.alliancetracker.testing.Pages;

@QuarkusTest
class OrganizationPageTest {

    @Test
    void ibmShowsItsMoveFromXenToKvmWithSources() {
        Document page = Pages.get("/organizations/ibm");
        Element move = page.selectFirst("li.move");
        assertEquals(List.of("/projects/xen", "/projects/kvm"), move.select("a[href^=/projects/]").eachAttr("href"));
        assertEquals("May 2011", move.selectFirst("time").text());
        assertTrue(move.text().startsWith("May 2011: moved from Xen to KVM."), move.text());
        assertTrue(move.select("a[href^=/sources/]").eachText().contains("ZDNet, May 2011"));
    }

    @Test
    void ibmShowsItsMembershipAndBackingsInDateOrder() {
        Document page = Pages.get("/organizations/ibm");
        assertEquals(List.of("Open Virtualization Alliance"),
                page.select("#memberships-heading + .table-scroll tbody th").eachText());
        List<String> backed = page.select("#backings-heading + .table-scroll tbody th").eachText();
        assertEquals(List.of("Xen", "KVM"), backed, "an unknown start sorts first");
        assertEquals("1 December 2016 (alliance dissolved)",
                page.selectFirst("#memberships-heading + .table-scroll tbody td[data-label=Left]").text(),
                "IBM recorded no leaving: its membership ended with the alliance");
    }

    @Test
    void citrixShowsTheXenSourceAcquisition() {
        Element acquisition = Pages.get("/organizations/citrix").selectFirst("li.acquisition");
        assertTrue(acquisition.text().contains("acquired XenSource"), acquisition.text());
        assertTrue(acquisition.text().contains("About US$500 million"));
        assertEquals("2007-08-15", acquisition.selectFirst("time").attr("datetime"));
        assertEquals("15 August 2007", acquisition.selectFirst("time").text());
    }

    @Test
    void theAcquiredCompanyShowsItsBuyer() {
        Document qumranet = Pages.get("/organizations/qumranet");
        Element acquisition = qumranet.selectFirst("li.acquisition");
        assertTrue(acquisition.text().contains("acquired by Red Hat"), acquisition.text());
        Element fact = qumranet.selectFirst("dl.facts dt:containsOwn(Acquired) + dd");
        assertEquals("by Red Hat, 4 September 2008", fact.text(), "said at the top of the page too");
        assertEquals("/organizations/red-hat", fact.selectFirst("a").attr("href"));
        assertTrue(Pages.get("/organizations/red-hat").select("dl.facts dt:containsOwn(Acquired)").isEmpty(),
                "the buyer was not acquired");
    }

    @Test
    void anUnknownOrganizationIsNotFound() {
        Pages.get("/organizations/nobody-at-all", 404);
    }

    @Test
    void theListNamesEveryDemoOrganization() {
        List<String> names = Pages.get("/organizations").select(".name-list a").eachText();
        assertTrue(names.containsAll(List.of("IBM", "Citrix Systems", "XenSource", "Qumranet", "Novell", "VMware")),
                names.toString());
    }

    @Test
    void aLongListComesAPageAtATimeWithEveryOrganizationOnExactlyOnePage() {
        try (GeneratedData data = GeneratedData.allianceWithMembers(OrganizationResource.PAGE_SIZE + 30)) {
            List<String> expected = Organization.<Organization>listAll().stream().map(o -> "/organizations/" + o.slug)
                    .sorted().toList();
            List<Document> pages = Pages.everyPage("/organizations");
            assertEquals((expected.size() + OrganizationResource.PAGE_SIZE - 1) / OrganizationResource.PAGE_SIZE,
                    pages.size());
            assertEquals("Organizations, page 1 of " + pages.size(), pages.get(0).title().split(" · ")[0]);
            List<String> shown = new ArrayList<>();
            for (Document page : pages) {
                List<String> links = page.select(".name-list a").eachAttr("href");
                assertTrue(links.size() <= OrganizationResource.PAGE_SIZE, links.size() + " on a page");
                shown.addAll(links);
            }
            assertEquals(OrganizationResource.PAGE_SIZE, pages.get(0).select(".name-list a").size());
            assertEquals(expected, shown.stream().sorted().toList(), "every organization once");
            assertEquals("1 to " + OrganizationResource.PAGE_SIZE + " of " + expected.size()
                    + " organizations, by name",
                    pages.get(0).selectFirst("#list-position").text());
        }
    }

    @Test
    void aShortListHasOnePageAndNoPageLinks() {
        long count = Organization.count();
        assertTrue(count <= OrganizationResource.PAGE_SIZE, "the demo organizations fit on one page: " + count);
        Document page = Pages.get("/organizations");
        assertNull(page.selectFirst(".pager"));
        assertNull(page.selectFirst("#list-position"));
        assertEquals(count, page.select(".name-list a").size());
        assertEquals("Organizations", page.title().split(" · ")[0]);
    }

    @Test
    void eachListedOrganizationSaysHowManyAlliancesItJoinedAndHowManyProjectsItBacked() {
        Document list = Pages.get("/organizations");
        for (Element item : list.select(".name-list li")) {
            String slug = item.selectFirst("a").attr("href").substring("/organizations/".length());
            JsonPath record = given().get("/api/v1/organizations/" + slug).then().statusCode(200).extract().jsonPath();
            long alliances = record.getList("memberships.alliance").stream().distinct().count();
            long projects = record.getList("backings.project").stream().distinct().count();
            List<String> expected = new ArrayList<>(List.of(record.getString("organization.name"),
                    OrganizationKind.valueOf(record.getString("organization.kind")).label));
            if (alliances > 0) {
                expected.add("joined " + alliances + (alliances == 1 ? " alliance" : " alliances"));
            }
            if (projects > 0) {
                expected.add("backed " + projects + (projects == 1 ? " project" : " projects"));
            }
            assertEquals(String.join(" · ", expected).replaceFirst(" · ", " "), item.text());
        }
        assertEquals("XenSource Company · backed 1 project",
                list.selectFirst(".name-list li:has(a[href=/organizations/xensource])").text(),
                "an organization with no membership says nothing about alliances");
        assertEquals("IBM Company · joined 1 alliance · backed 2 projects",
                list.selectFirst(".name-list li:has(a[href=/organizations/ibm])").text());
    }

    /** An organization as the list shows it: its name and the counts beside it. */
    private record Listed(String name, int alliances, int projects) {

        static final Comparator<Listed> BY_NAME = Comparator.comparing(l -> NameOrder.of(l.name()));

        static List<Listed> on(Document page) {
            return page.select(".name-list li").stream().map(li -> new Listed(li.selectFirst("a").text(),
                    count(li.text(), "joined (\\d+) alliance"), count(li.text(), "backed (\\d+) project"))).toList();
        }

        private static int count(String text, String pattern) {
            Matcher matcher = Pattern.compile(pattern).matcher(text);
            return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
        }
    }

    @Test
    void theListSortsByAlliancesJoinedOrProjectsBackedMostOrFewestFirstWithTiesByName() {
        List<Listed> byName = Listed.on(Pages.get("/organizations"));
        assertTrue(byName.stream().map(Listed::projects).distinct().count() > 2, "the demo counts differ: " + byName);
        Map<String, Comparator<Listed>> orders = Map.of(
                "-name", Listed.BY_NAME.reversed(),
                "-alliances", Comparator.comparingInt(Listed::alliances).reversed().thenComparing(Listed.BY_NAME),
                "alliances", Comparator.comparingInt(Listed::alliances).thenComparing(Listed.BY_NAME),
                "-projects", Comparator.comparingInt(Listed::projects).reversed().thenComparing(Listed.BY_NAME),
                "projects", Comparator.comparingInt(Listed::projects).thenComparing(Listed.BY_NAME));
        orders.forEach((sort, order) -> {
            Document page = Pages.get("/organizations?sort=" + sort);
            assertEquals(byName.stream().sorted(order).toList(), Listed.on(page), sort);
            assertEquals(sort, page.selectFirst("select#sort option[selected]").val(), "the form keeps the order");
        });
        assertEquals(List.of("Name, A to Z", "Name, Z to A", "Alliances joined, most first",
                "Alliances joined, fewest first", "Projects backed, most first", "Projects backed, fewest first"),
                Pages.get("/organizations").select("select#sort option").eachText());
        assertEquals("Citrix Systems", Listed.on(Pages.get("/organizations?sort=-projects")).get(0).name(),
                "the organization that backed the most projects comes first");
    }

    @Test
    void theListAndTheSearchPageGoByNameLeavingOutCaseAccentsSpacesAndPunctuation() {
        try (GeneratedData data = GeneratedData.allianceWithMembersNamed(NamesToSort.AS_MADE)) {
            List<String> inOrder = NamesToSort.inOrder(data.prefix);
            assertEquals(inOrder, namesAmong(Pages.get("/organizations"), data), "Étoile among the E's, not after Z");
            assertEquals(inOrder, namesAmong(Pages.get("/organizations?kind=company"), data));
            assertEquals(NamesToSort.inReverse(data.prefix), namesAmong(Pages.get("/organizations?sort=-name"), data));
            assertEquals(inOrder, namesAmong(Pages.get("/organizations?sort=-projects"), data), "ties by name");
            assertEquals(inOrder, namesAmong(Pages.get("/search?q=" + data.prefix), data),
                    "found alike (the names start with the text), so by name");
        }
    }

    @Test
    void anOrganizationsMovesAndAcquisitionsOfOneDateGoByName() {
        try (GeneratedData data = GeneratedData.allianceWithMembersNamed(NamesToSort.AS_MADE)) {
            Organization hub = data.organizations.get(0);
            QuarkusTransaction.requiringNew().run(() -> {
                Organization acquirer = Organization.findById(hub.id);
                for (int i = 0; i < NamesToSort.AS_MADE.size(); i++) {
                    Project left = new Project();
                    left.slug = data.prefix + "-left-" + i;
                    left.name = data.prefix + " " + NamesToSort.AS_MADE.get(i);
                    left.license = ProjectLicense.OPEN_SOURCE;
                    left.persist();
                    BackerChange move = new BackerChange();
                    move.organization = acquirer;
                    move.fromProject = left;
                    move.toProject = Project.findById(data.project.id);
                    move.movedOn = PartialDate.parse("2012-04");
                    move.persist();
                    Organization other = Organization.findById(data.organizations.get(i).id);
                    if (other != acquirer) {
                        OwnershipEvent acquisition = new OwnershipEvent();
                        acquisition.acquirer = acquirer;
                        acquisition.acquired = other;
                        acquisition.occurredOn = PartialDate.parse("2013");
                        acquisition.persist();
                    }
                }
                GeneratedData.touch();
            });
            Document page = Pages.get("/organizations/" + hub.slug);
            List<String> inOrder = NamesToSort.inOrder(data.prefix);
            assertEquals(inOrder, page.select("li.move > a:first-of-type").eachText(), "by the project left");
            assertEquals(inOrder.stream().filter(name -> !name.equals(hub.name)).toList(),
                    page.select("li.acquisition > a:first-of-type").eachText(), "by the organization acquired");
        }
    }

    /** The names of the data set's organizations that a page links to, in the page's order. */
    private static List<String> namesAmong(Document page, GeneratedData data) {
        return page.select("main a[href^=/organizations/" + data.prefix + "]").eachText();
    }

    @Test
    void anOrderRunsAcrossEveryPageAndThePageLinksKeepItAndTheKind() {
        try (GeneratedData data = GeneratedData.allianceWithMembers(OrganizationResource.PAGE_SIZE + 30)) {
            List<Listed> everyOne = Pages.everyPage("/organizations").stream().flatMap(p -> Listed.on(p).stream())
                    .toList();
            List<Document> pages = Pages.everyPage("/organizations?sort=alliances");
            assertEquals(2, pages.size());
            List<Listed> sorted = pages.stream().flatMap(p -> Listed.on(p).stream()).toList();
            assertEquals(everyOne.stream().sorted(Comparator.comparingInt(Listed::alliances)).map(Listed::alliances)
                    .toList(), sorted.stream().map(Listed::alliances).toList(), "fewest alliances first, over both");
            assertEquals(everyOne.stream().map(Listed::name).sorted().toList(),
                    sorted.stream().map(Listed::name).sorted().toList(), "every organization once");
            assertEquals("/organizations?sort=alliances&page=2", pages.get(0).selectFirst(".pager a[rel=next]")
                    .attr("href"));
            assertEquals("alliances", pages.get(1).selectFirst("select#sort option[selected]").val());
            assertEquals("1 to " + OrganizationResource.PAGE_SIZE + " of " + everyOne.size()
                    + " organizations, by alliances joined, fewest first", pages.get(0).selectFirst("#list-position")
                    .text());

            makeFoundations(data, 1);
            List<Document> foundations = Pages.everyPage("/organizations?kind=foundation&sort=-name");
            assertEquals("/organizations?kind=foundation&sort=-name&page=2",
                    foundations.get(0).selectFirst(".pager a[rel=next]").attr("href"));
            List<String> names = foundations.stream().flatMap(p -> Listed.on(p).stream()).map(Listed::name).toList();
            assertEquals(data.organizations.stream().map(o -> o.name).sorted(Comparator.reverseOrder()).toList(),
                    names.stream().sorted(Comparator.reverseOrder()).toList(), "every foundation, and nothing else");
            assertTrue(names.get(0).compareToIgnoreCase(names.get(names.size() - 1)) > 0, "Z to A: " + names);
        }
    }

    @Test
    void anOrderThatIsNotOneReShowsTheListByNameWithTheErrorBesideTheOrderField() {
        Document page = Pages.get("/organizations?sort=biggest", 400);
        assertEquals("Order: Choose one of the orders in the list.", page.selectFirst("#sort-error").text());
        assertEquals("true", page.selectFirst("select#sort").attr("aria-invalid"));
        assertEquals("name", page.selectFirst("select#sort option[selected]").val());
        assertEquals(Pages.get("/organizations").select(".name-list a").eachText(),
                page.select(".name-list a").eachText(), "every organization, by name");
    }

    /** The first letter of a name, as the index of the list shows it (for names that begin with a plain letter). */
    private static String letterOf(String name) {
        return name.substring(0, 1).toUpperCase(Locale.ROOT);
    }

    /**
     * Follows each letter of the index on the list's first page at {@code address}: it leads to the page, and the
     * place in it, of the letter's first name in the whole list, read page by page.
     */
    private static void assertEachLetterLeadsToItsFirstName(String address) {
        List<Document> pages = Pages.everyPage(address);
        List<String> names = pages.stream().flatMap(page -> page.select(".name-list a").eachText().stream()).toList();
        Elements links = pages.get(0).select(".name-index a");
        assertEquals(names.stream().map(OrganizationPageTest::letterOf).distinct().toList(), links.eachText(),
                address + ": every first letter once, in the list's order");
        assertEquals(links.eachAttr("href"), pages.get(pages.size() - 1).select(".name-index a").eachAttr("href"),
                "the same index on every page");
        for (Element link : links) {
            String[] target = link.attr("href").split("#");
            Element first = Pages.get(target[0]).getElementById(target[1]);
            assertEquals(names.stream().filter(name -> letterOf(name).equals(link.text())).findFirst().orElseThrow(),
                    first.selectFirst("a").text(), link.attr("href"));
        }
    }

    @Test
    void theIndexOfFirstLettersLeadsToWhereEachLettersNamesStartOnWhicheverPage() {
        try (GeneratedData data = GeneratedData.allianceWithMembers(OrganizationResource.PAGE_SIZE + 30)) {
            assertEachLetterLeadsToItsFirstName("/organizations");
            assertEachLetterLeadsToItsFirstName("/organizations?sort=-name");
            assertTrue(Pages.get("/organizations").select(".name-index a").eachAttr("href")
                    .contains("/organizations?page=2#letter-i"), "IBM and Intel come after the generated names");
            assertEachLetterLeadsToItsFirstName("/organizations?kind=company");
            assertTrue(Pages.get("/organizations?kind=company").select(".name-index a").eachAttr("href").stream()
                    .allMatch(href -> href.startsWith("/organizations?kind=company")), "the links keep the kind");
            assertTrue(Pages.get("/organizations?sort=-alliances").select(".name-index").isEmpty(),
                    "no index in the order of a count");
            makeFoundations(data, 1);
            assertEquals(2, Pages.everyPage("/organizations?kind=foundation").size());
            assertTrue(Pages.get("/organizations?kind=foundation").select(".name-index").isEmpty(),
                    "no index where every name starts with the same letter");
        }
    }

    @Test
    void theIndexFilesANameByItsFirstLetterLeavingOutAccents() {
        assertTrue(Pages.get("/organizations").select(".name-index").isEmpty(),
                "the demo organizations, " + Organization.count() + ", are few enough to read through");
        try (GeneratedData data = GeneratedData.allianceWithMembers(NameIndex.SHORT_LIST)) {
            Organization etoile = data.organizations.get(0);
            Organization yandex = data.organizations.get(1);
            assertTrue(Organization.count() > NameIndex.SHORT_LIST);
            QuarkusTransaction.requiringNew().run(() -> {
                Organization.update("name = ?1 where id = ?2", "Étoile " + data.prefix, etoile.id);
                Organization.update("name = ?1 where id = ?2", "Яндекс " + data.prefix, yandex.id);
                GeneratedData.touch();
            });
            Document list = Pages.get("/organizations");
            assertEquals("letter-e", list.selectFirst(".name-list li:has(a[href=/organizations/" + etoile.slug + "])")
                    .id(), "Étoile comes before Eucalyptus Systems, the first name under E");
            assertEquals("/organizations#letter-e", list.selectFirst(".name-index a:matchesOwn(^E$)").attr("href"));
            assertTrue(list.select(".name-index a:matchesOwn(^É$)").isEmpty(), "no letter É");
            Element lastLetter = list.select(".name-index a").last();
            assertEquals("Я", lastLetter.text(), "a letter of another alphabet after the Latin ones");
            assertEquals("Яндекс " + data.prefix, list.getElementById(lastLetter.attr("href").split("#")[1])
                    .selectFirst("a").text());
        }
    }

    /** Makes the data set's organizations whose number is a multiple of {@code every} foundations. */
    private static void makeFoundations(GeneratedData data, int every) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < data.organizations.size(); i += every) {
                Organization.update("kind = ?1 where id = ?2", OrganizationKind.FOUNDATION,
                        data.organizations.get(i).id);
            }
            GeneratedData.touch();
        });
    }

    @Test
    void oneKindOfOrganizationComesAPageAtATimeAndThePageLinksKeepTheKind() {
        try (GeneratedData data = GeneratedData.allianceWithMembers(OrganizationResource.PAGE_SIZE + 30)) {
            makeFoundations(data, 1);
            List<String> expected = QuarkusTransaction.requiringNew().call(() -> Organization
                    .<Organization>list("kind", OrganizationKind.FOUNDATION).stream()
                    .map(o -> "/organizations/" + o.slug).sorted().toList());
            List<Document> pages = Pages.everyPage("/organizations?kind=foundation");
            assertEquals(2, pages.size());
            assertEquals("Foundations, page 1 of 2", pages.get(0).title().split(" · ")[0]);
            assertEquals("Foundations", pages.get(0).selectFirst("h1").text());
            assertEquals("1 to " + OrganizationResource.PAGE_SIZE + " of " + expected.size() + " foundations, by name",
                    pages.get(0).selectFirst("#list-position").text());
            assertEquals(expected, pages.stream().flatMap(page -> page.select(".name-list a").eachAttr("href").stream())
                    .sorted().toList(), "every foundation once, and nothing else");
            assertEquals("foundation", pages.get(1).selectFirst("select#kind option[selected]").val(),
                    "the form keeps the kind");
            assertEquals("/organizations", pages.get(1).selectFirst(".at-form a").attr("href"), "back to every kind");
        }
    }

    @Test
    void theKindFieldListsTheKindsRecordedWithTheirCounts() {
        try (GeneratedData data = GeneratedData.allianceWithMembers(6)) {
            makeFoundations(data, 3);
            Document page = Pages.get("/organizations");
            long all = QuarkusTransaction.requiringNew().call(() -> Organization.count());
            long foundations = QuarkusTransaction.requiringNew()
                    .call(() -> Organization.count("kind", OrganizationKind.FOUNDATION));
            long companies = QuarkusTransaction.requiringNew()
                    .call(() -> Organization.count("kind", OrganizationKind.COMPANY));
            List<String> options = page.select("select#kind option").eachText();
            assertEquals("All kinds (" + all + ")", options.get(0));
            assertTrue(options.contains("Foundations (" + foundations + ")"), options.toString());
            assertTrue(options.contains("Companies (" + companies + ")"), options.toString());
            assertTrue(options.stream().noneMatch(o -> o.startsWith("Universities")), "only the kinds recorded");
            assertEquals(List.of(data.organizations.get(0).name, data.organizations.get(3).name),
                    Pages.get("/organizations?kind=foundation").select(".name-list a").eachText().stream()
                            .filter(name -> name.startsWith(data.prefix)).toList());
        }
    }

    @Test
    void theListLinksToItsDownloadOfTheSameKind() {
        assertEquals("/organizations.csv", Pages.get("/organizations").selectFirst("a[href^=/organizations.csv]")
                .attr("href"));
        assertEquals("/organizations.csv?kind=company", Pages.get("/organizations?kind=company&sort=-name")
                .selectFirst("a[href^=/organizations.csv]").attr("href"), "the kind, not the order");
    }

    @Test
    void anOrganizationsKindLinksToTheListOfThatKind() {
        Element kind = Pages.get("/organizations/ibm").selectFirst(".lede a.badge");
        assertEquals("Company", kind.text());
        assertTrue(Pages.get(kind.attr("href")).select(".name-list a").eachText().contains("IBM"));
        assertEquals("Companies", Pages.get(kind.attr("href")).selectFirst("h1").text());
    }

    @Test
    void aKindThatIsNotOneReShowsEveryOrganizationWithTheErrorBesideTheKindField() {
        Document page = Pages.get("/organizations?kind=robot", 400);
        assertEquals("Kind: Choose one of the kinds in the list.", page.selectFirst("#kind-error").text());
        assertEquals("true", page.selectFirst("select#kind").attr("aria-invalid"));
        assertEquals(Pages.get("/organizations").select(".name-list a").eachText(),
                page.select(".name-list a").eachText(), "every organization, as without a kind");
        assertEquals("Organizations", page.selectFirst("h1").text());
    }

    @Test
    void anAddressThatSaysTheSameInOtherWordsIsRedirectedToTheListsOwn() {
        Map.of("?kind=", "/organizations", "?kind=Company", "/organizations?kind=company", "?page=1",
                "/organizations", "?page=1&kind=company", "/organizations?kind=company", "?sort=name", "/organizations",
                "?sort=-Projects&kind=", "/organizations?sort=-projects", "?sort=alliances&kind=company",
                "/organizations?kind=company&sort=alliances")
                .forEach((query, own) -> given().redirects().follow(false).get("/organizations" + query).then()
                        .statusCode(302).header("Location", endsWith(own)).header("Cache-Control", "no-store"));
        given().redirects().follow(false).get("/organizations?kind=company").then().statusCode(200);
        given().redirects().follow(false).get("/organizations?kind=company&utm_source=x").then().statusCode(200);
        given().redirects().follow(false).get("/organizations?kind=company&sort=-projects").then().statusCode(200);
    }

    @Test
    void aPageThatIsNotThereIsNotFoundAndAPageThatIsNoNumberIsABadRequest() {
        Pages.get("/organizations?page=1", 200);
        assertTrue(Pages.get("/organizations?page=99999", 404).text().contains("there is no page 99999"));
        for (String page : List.of("0", "-1", "two", "1.5", "9999999")) {
            assertTrue(Pages.get("/organizations?page=" + page, 400).text().contains("'page' must be a page number"),
                    page);
        }
    }
}
