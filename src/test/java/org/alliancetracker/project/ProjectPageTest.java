package org.alliancetracker.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.alliancetracker.testing.Pages;

@QuarkusTest
class ProjectPageTest {

    private static List<String> organizationsIn(Document page, String headingId) {
        return page.select("#" + headingId + " + ul a[href^=/organizations/]").eachText();
    }

    @Test
    void xenShowsWhoLeftForKvm() {
        Document page = Pages.get("/projects/xen");
        assertEquals(List.of("Red Hat", "Hewlett-Packard", "IBM", "Intel", "AMD"), organizationsIn(page, "left-heading"));
        assertTrue(page.select("#came-heading + p").text().contains("No recorded moves to Xen"));
    }

    @Test
    void kvmShowsWhoCameFromXen() {
        Document page = Pages.get("/projects/kvm");
        assertEquals(List.of("Red Hat", "Hewlett-Packard", "IBM", "Intel", "AMD"), organizationsIn(page, "came-heading"));
        assertEquals(List.of("Open Virtualization Alliance"), page.select(".facts a[href^=/alliances/]").eachText());
    }

    @Test
    void xenListsItsBackersOverTimeWithRolesAndDates() {
        Document page = Pages.get("/projects/xen");
        Element citrix = page.select("#backers-heading + .table-scroll tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals("Citrix Systems")).findFirst().orElseThrow();
        assertEquals("Owner", citrix.select("td").get(0).text());
        assertEquals("15 August 2007", citrix.select("td").get(1).text());
        assertEquals("—", citrix.select("td").get(2).text());
    }

    @Test
    void theListShowsLicences() {
        Document page = Pages.get("/projects");
        Element esx = page.select("tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals("VMware ESX")).findFirst().orElseThrow();
        assertEquals("Proprietary", esx.selectFirst("td").text());
        assertEquals("Compare projects' backers over time", page.selectFirst("a[href=/timelines/compare]").text());
    }
}
