package org.alliancetracker.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.alliancetracker.testing.Pages;

@QuarkusTest
class SourcePageTest {

    private static String pathOf(String title) {
        return Pages.get("/sources").select(".name-list a").stream()
                .filter(a -> a.text().equals(title)).findFirst().orElseThrow().attr("href");
    }

    @Test
    void theAnnouncementCoverageSupportsTheSevenNamedFounders() {
        Document page = Pages.get(pathOf("Open Virtualisation Alliance forms against VMware"));
        assertEquals("ZDNet", page.select(".facts dd").first().text());
        List<String> memberships = page.select("h3:containsOwn(Memberships) + ul li").eachText();
        assertEquals(7, memberships.size(), memberships.toString());
        assertTrue(memberships.stream().allMatch(m -> m.endsWith("(founding member)")));
    }

    @Test
    void theColumnSupportsTheCountsTheMovesAndTheAcquisitions() {
        Document page = Pages.get(pathOf("Open Source Virtualization: No Reason To Celebrate"));
        assertEquals(List.of("Open Virtualization Alliance: 10 founding members, May 2011",
                "Open Virtualization Alliance: 200 members, November 2011"),
                page.select("h3:containsOwn(Reported counts) + ul li").eachText());
        assertEquals(5, page.select("h3:containsOwn(Backer changes) + ul li").size());
        assertEquals(2, page.select("h3:containsOwn(Ownership) + ul li").size());
    }

    @Test
    void anUnknownOrMalformedSourceIdIsNotFound() {
        Pages.get("/sources/999999", 404);
        Pages.get("/sources/abc", 404);
        Pages.get("/sources/99999999999999999999999", 404);
    }
}
