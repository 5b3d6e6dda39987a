package org.alliancetracker.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.alliancetracker.common.PartialDate;
import org.alliancetracker.testing.GeneratedData;
import org.alliancetracker.testing.NamesToSort;
import org.alliancetracker.testing.Pages;

@QuarkusTest
class HomePageTest {

    @Test
    void showsTheAllianceWithItsMemberCounts() {
        Document page = Pages.get("/");
        Element card = page.selectFirst("#home-alliances + .cards a[href=/alliances/open-virtualization-alliance]")
                .closest("li");
        assertTrue(card.text().contains("9 named members recorded, 0 today"), card.text());
    }

    @Test
    void showsTheProjectsAndTheLatestMoves() {
        Document page = Pages.get("/");
        assertTrue(page.select("#home-projects + .cards h3 a").eachText().containsAll(List.of("Xen", "KVM")));
        // Other tests may add backers, so the rule is checked on every card rather than on fixed counts.
        List<String> backers = page.select("#home-projects + .cards li p").eachText();
        for (String line : backers) {
            Matcher m = Pattern.compile("(\\d+) (backers?) today$").matcher(line);
            assertTrue(m.find(), line);
            assertEquals(m.group(1).equals("1") ? "backer" : "backers", m.group(2), "the noun agrees: " + line);
        }
        assertTrue(backers.stream().anyMatch(line -> line.endsWith(" 1 backer today")), backers.toString());
        List<String> moves = page.select("#home-moves ~ .events li").eachText();
        assertTrue(moves.contains("2011: AMD moved from Xen to KVM"), moves.toString());
        List<String> acquisitions = page.select("#home-acquisitions + .events li").eachText();
        assertEquals(List.of("4 September 2008: Red Hat acquired Qumranet",
                "15 August 2007: Citrix Systems acquired XenSource (About US$500 million)"), acquisitions);
    }

    @Test
    void theLatestMovesAndAcquisitionsOfOneDateGoByName() {
        try (GeneratedData data = GeneratedData.allianceWithMembersNamed(NamesToSort.AS_MADE)) {
            data.addMovesAndAcquisitions(PartialDate.parse("2020-03"), PartialDate.parse("2020"));
            Document page = Pages.get("/");
            List<String> first = NamesToSort.inOrder(data.prefix).subList(0, HomeResource.LATEST);
            assertEquals(first, page.select("#home-moves ~ .events li > a:first-of-type").eachText());
            assertEquals(first, page.select("#home-acquisitions + .events li > a:first-of-type").eachText());
        }
    }

    @Test
    void aLongListOfAlliancesShowsTheLargestOnTheHomePageAndLinksToThemAll() {
        List<GeneratedData> data = new ArrayList<>();
        try {
            for (int members = 1; members <= HomeResource.SHOWN + 1; members++) {
                data.add(GeneratedData.allianceWithMembers(members));
            }
            Document home = Pages.get("/");
            Document bySize = Pages.get("/alliances?sort=-today");
            List<String> largest = bySize.select("tbody th a").eachText().subList(0, HomeResource.SHOWN);
            assertEquals(largest, home.select("#home-alliances + .cards h3 a").eachText(),
                    "the alliances with the most members today, as the sorted list begins");
            Element all = home.selectFirst("#home-alliances ~ .more a");
            assertEquals("/alliances?sort=-today", all.attr("href"));
            assertEquals("All " + bySize.select("tbody tr").size() + " alliances", all.text());
        } finally {
            data.forEach(GeneratedData::close);
        }
    }

    @Test
    void aLongListOfProjectsShowsTheMostBackedOnTheHomePageAndLinksToThemAll() {
        try (GeneratedData one = GeneratedData.allianceWithMembers(1);
                GeneratedData nine = GeneratedData.allianceWithMembers(9)) {
            Document home = Pages.get("/");
            Document byBackers = Pages.get("/projects?sort=-today");
            List<String> mostBacked = byBackers.select("tbody th a").eachText().subList(0, HomeResource.SHOWN);
            assertEquals(mostBacked, home.select("#home-projects + .cards h3 a").eachText());
            assertEquals(nine.project.name, mostBacked.get(0), "nine backers today, more than KVM's");
            Element all = home.selectFirst("#home-projects ~ .more a");
            assertEquals("/projects?sort=-today", all.attr("href"));
            assertEquals("All " + byBackers.select("tbody tr").size() + " projects", all.text());
        }
    }

    @Test
    void aShortListShowsEveryAllianceWithoutALinkToMore() {
        Document home = Pages.get("/");
        assertTrue(home.select("#home-alliances + .cards h3").size() <= HomeResource.SHOWN);
        assertEquals(Pages.get("/alliances").select("tbody tr").size(),
                home.select("#home-alliances + .cards h3").size());
        assertNull(home.selectFirst("#home-alliances ~ .more"));
    }

    @Test
    void everyPageHasTheSiteHeaderNavigationAndSearch() {
        for (String path : List.of("/", "/alliances", "/organizations/ibm", "/projects/kvm", "/sources", "/search")) {
            Document page = Pages.get(path);
            assertEquals("Alliance Tracker", page.selectFirst("header .brand").text(), path);
            assertEquals(4, page.select("header nav a").size(), path);
            assertNotNull(page.selectFirst("header form[role=search][action=/search] input[name=q]"), path);
            assertNotNull(page.selectFirst("a.skip-link[href=#main]"), path);
            assertEquals("en", page.selectFirst("html").attr("lang"), path);
            assertNotNull(page.selectFirst("meta[name=viewport]"), path);
            assertEquals("/style.css", page.selectFirst("link[rel=stylesheet]").attr("href"), path);
        }
    }
}
