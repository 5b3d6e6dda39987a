package org.alliancetracker.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

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
        assertEquals(List.of("Open source 7 backers today", "Proprietary 1 backer today"), List.of(
                page.selectFirst("#home-projects + .cards a[href=/projects/kvm]").closest("li").selectFirst("p").text(),
                page.selectFirst("#home-projects + .cards a[href=/projects/xenserver]").closest("li").selectFirst("p")
                        .text()), "the noun agrees with the count");
        List<String> moves = page.select("#home-moves ~ .events li").eachText();
        assertTrue(moves.contains("2011: AMD moved from Xen to KVM"), moves.toString());
        List<String> acquisitions = page.select("#home-acquisitions + .events li").eachText();
        assertEquals(List.of("4 September 2008: Red Hat acquired Qumranet",
                "15 August 2007: Citrix Systems acquired XenSource (About US$500 million)"), acquisitions);
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
