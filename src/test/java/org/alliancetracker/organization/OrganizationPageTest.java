package org.alliancetracker.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.alliancetracker.testing.GeneratedData;
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
        Element acquisition = Pages.get("/organizations/qumranet").selectFirst("li.acquisition");
        assertTrue(acquisition.text().contains("acquired by Red Hat"), acquisition.text());
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
            assertEquals("1 to " + OrganizationResource.PAGE_SIZE + " of " + expected.size() + " organizations, by name",
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
    void aPageThatIsNotThereIsNotFoundAndAPageThatIsNoNumberIsABadRequest() {
        Pages.get("/organizations?page=1");
        assertTrue(Pages.get("/organizations?page=99999", 404).text().contains("there is no page 99999"));
        for (String page : List.of("0", "-1", "two", "1.5", "9999999")) {
            assertTrue(Pages.get("/organizations?page=" + page, 400).text().contains("'page' must be a page number"),
                    page);
        }
    }
}
