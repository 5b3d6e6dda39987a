package org.alliancetracker.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.alliancetracker.organization.Organization;
import org.alliancetracker.testing.GeneratedData;
import org.alliancetracker.testing.Pages;

@QuarkusTest
class SearchPageTest {

    @Test
    void findsOrganizationsAlliancesAndProjectsByPartOfTheirName() {
        Document page = Pages.get("/search?q=red");
        assertEquals(List.of("Red Hat"), page.select("a[href^=/organizations/]").eachText().stream()
                .filter(t -> !t.equals("Organizations")).toList());
        assertEquals("red", page.selectFirst("input#q").val());

        assertTrue(Pages.get("/search?q=XEN").select("a[href^=/projects/]").eachText().containsAll(
                List.of("Xen", "Citrix XenServer")));
        assertTrue(Pages.get("/search?q=ova").select("a[href=/alliances/open-virtualization-alliance]").size() > 0,
                "an alliance is found by its abbreviation");
    }

    @Test
    void aSearchThatFindsNothingOffersTheNamesItMayBeAMisspellingOf() {
        Document page = Pages.get("/search?q=qumranett");
        assertEquals("Nothing matches “qumranett”.", page.selectFirst("[role=status]").text());
        assertEquals("Did you mean", page.selectFirst("#spelled-alike-heading").text());
        assertEquals("Qumranet (organization)", page.selectFirst("ul.spelled-alike li").text());
        assertEquals("/organizations/qumranet", page.selectFirst("ul.spelled-alike a").attr("href"));

        // "VMware ESX" with a letter missing, and two letters from VMware: the closest first, of any kind.
        List<String> vmware = Pages.get("/search?q=vmwar esx").select("ul.spelled-alike a").eachAttr("href");
        assertEquals(List.of("/projects/vmware-esx", "/organizations/vmware"), vmware.subList(0, 2));

        Document farFromAnyName = Pages.get("/search?q=zzyzx quux");
        assertTrue(farFromAnyName.selectFirst("[role=status]").text().endsWith("Try part of a name, such as “Red” or"
                + " “Xen”."));
        assertNull(farFromAnyName.selectFirst("ul.spelled-alike"));
        assertNull(Pages.get("/search?q=qumranet").selectFirst("ul.spelled-alike"), "found, so not offered");
    }

    @Test
    void aFoundOrganizationSaysHowManyAlliancesItJoinedAndProjectsItBackedAsTheListDoes() {
        Map<String, String> countsInList = new HashMap<>();
        for (Element item : Pages.get("/organizations").select(".name-list li")) {
            int counts = item.text().indexOf(" · ");
            countsInList.put(item.selectFirst("a").attr("href"), counts < 0 ? "" : item.text().substring(counts));
        }
        List<Element> found = Pages.get("/search?q=e").select("main a[href^=/organizations/]").stream()
                .map(Element::parent).toList();
        assertTrue(found.size() > 5, "the search finds several organizations: " + found.size());
        assertTrue(found.stream().anyMatch(li -> li.text().contains(" · joined ")), "some joined an alliance");
        for (Element item : found) {
            String counts = countsInList.get(item.selectFirst("a").attr("href"));
            assertTrue(counts.isEmpty() ? !item.text().contains(" · ") : item.text().endsWith(counts),
                    item.text() + " ends with " + counts);
        }
        assertEquals("XenSource Company · backed 1 project", Pages.get("/search?q=xensource")
                .selectFirst("main a[href=/organizations/xensource]").parent().text());
    }

    @Test
    void findsSourcesByTitleOrPublisherEachWithItsCitation() {
        Document byPublisher = Pages.get("/search?q=zdnet");
        assertEquals("Open Virtualisation Alliance forms against VMware ZDNet, May 2011",
                byPublisher.selectFirst("main a[href^=/sources/]").parent().text());
        assertEquals("Sources", byPublisher.selectFirst("main a[href^=/sources/]").closest("ul")
                .previousElementSibling().text());

        Document byTitle = Pages.get("/search?q=CELEBRATE");
        assertEquals(List.of("Open Source Virtualization: No Reason To Celebrate"),
                byTitle.select("main a[href^=/sources/]").eachText(), "part of a word of the title, in any case");
        assertTrue(byTitle.selectFirst("[role=status]").text().startsWith("Results for"), "a source alone is a result");

        assertEquals(List.of("Red Hat Enterprise Linux 5.4 release notes", "Red Hat Enterprise Linux 6 release notes",
                "Red Hat to acquire Qumranet"),
                Pages.get("/search?q=redhat").select("main a[href^=/sources/]").eachText(),
                "the publisher's own sources, by title");
        assertEquals("Name of an organization, alliance or project, or a source's title or publisher",
                byTitle.selectFirst("label[for=q]").text());
        Document home = Pages.get("/");
        Element headerField = home.selectFirst("form.site-search input[name=q]");
        assertEquals("Search names and sources", home.selectFirst("label[for=" + headerField.id() + "]").text(),
                "every page's search field says that it finds sources too");
        assertTrue(headerField.attr("placeholder").contains("sources"), headerField.attr("placeholder"));
    }

    private static List<String> linksIn(Document page, String kind) {
        return page.select("main a[href^=/" + kind + "/]").eachAttr("href");
    }

    @Test
    void caseSpacesAndPunctuationAreIgnoredAndAnAddressNameFinds() {
        assertEquals(List.of("/organizations/hp"), linksIn(Pages.get("/search?q=hewlett packard"), "organizations"));
        assertEquals(List.of("/organizations/red-hat"), linksIn(Pages.get("/search?q=REDHAT"), "organizations"));
        assertEquals(List.of("/organizations/xensource"), linksIn(Pages.get("/search?q=xen-source"), "organizations"));
        assertEquals(List.of("/organizations/hp"), linksIn(Pages.get("/search?q=HP"), "organizations"),
                "Hewlett-Packard is found by the short name in its address");
        assertTrue(Pages.get("/search?q= - ").selectFirst("[role=status]").text().startsWith("Nothing matches"));
    }

    @Test
    void aNameEqualToTheTextComesBeforeNamesThatOnlyContainIt() {
        assertEquals(List.of("/projects/xen", "/projects/xenserver"), linksIn(Pages.get("/search?q=xen"), "projects"));
    }

    @Test
    void aSearchThatFindsMoreThanItShowsSaysSo() {
        try (GeneratedData data = GeneratedData.allianceWithMembers(Search.MAX_RESULTS + 1)) {
            Document many = Pages.get("/search?q=" + data.prefix + " organization");
            assertEquals(Search.MAX_RESULTS, linksIn(many, "organizations").size());
            assertEquals(List.of("Only the first " + Search.MAX_RESULTS
                    + " organizations found are shown: type more of the name to find the others."),
                    many.select(".more-found").eachText());

            Document all = Pages.get("/search?q=" + data.prefix + " organization 4");
            // Organization 4 is named so, and 40 to 49 start with that name.
            assertEquals(Stream.concat(Stream.of(4), IntStream.rangeClosed(40, 49).boxed())
                    .map(i -> "/organizations/" + data.prefix + "-org-" + i).toList(), linksIn(all, "organizations"));
            assertTrue(all.select(".more-found").isEmpty());
        }
    }

    @Test
    void anOrganizationFoundByAFormerNameShowsThatName() {
        try (GeneratedData data = GeneratedData.allianceWithMembers(2)) {
            Organization renamed = data.organizations.get(0);
            data.addFormerName(renamed, " Old Works", "1999");
            data.addFormerName(renamed, " Older-Works", "1990");
            String counts = " · joined 1 alliance · backed 1 project"; // each generated organization's
            Element found = Pages.get("/search?q=" + data.prefix + " old works").selectFirst("main li");
            assertEquals("/organizations/" + renamed.slug, found.selectFirst("a").attr("href"));
            assertEquals("Company, formerly “" + data.prefix + " Old Works”" + counts,
                    found.selectFirst(".muted").text());
            assertEquals("Company, formerly “" + data.prefix + " Older-Works” and “" + data.prefix + " Old Works”"
                    + counts, Pages.get("/search?q=" + data.prefix + " old").selectFirst("main li .muted").text(),
                    "in the order they were used");
            assertEquals(List.of("Company" + counts, "Company" + counts), Pages.get("/search?q=" + data.prefix
                    + " organization").select("main li .muted").eachText(), "a name found by its current name alone");
        }
    }

    @Test
    void wildcardsInTheQueryAreTakenLiterally() {
        Document page = Pages.get("/search?q=%");
        assertEquals("%", page.selectFirst("input#q").val());
        assertTrue(page.selectFirst("[role=status]").text().startsWith("Nothing matches"));
        assertTrue(Pages.get("/search?q=_").selectFirst("[role=status]").text().startsWith("Nothing matches"));
    }

    @Test
    void anEmptySearchShowsTheFormAndATooLongOneIsRefused() {
        assertTrue(Pages.get("/search").select("[role=status]").isEmpty());
        Document tooLong = Pages.get("/search?q=" + "a".repeat(101), 400);
        assertTrue(tooLong.selectFirst(".error-message").text().contains("at most 100 characters"));
    }
}
