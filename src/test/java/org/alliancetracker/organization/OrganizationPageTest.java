package org.alliancetracker.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.alliancetracker.testing.Pages;

@QuarkusTest
class OrganizationPageTest {

    @Test
    void ibmShowsItsMoveFromXenToKvmWithSources() {
        Document page = Pages.get("/organizations/ibm");
        Element move = page.selectFirst("li.move");
        assertEquals(List.of("/projects/xen", "/projects/kvm"), move.select("a[href^=/projects/]").eachAttr("href"));
        assertEquals("May 2011", move.selectFirst("time").text());
        assertTrue(move.select("a[href^=/sources/]").eachText().contains("ZDNet, May 2011"));
    }

    @Test
    void ibmShowsItsMembershipAndBackingsInDateOrder() {
        Document page = Pages.get("/organizations/ibm");
        assertEquals(List.of("Open Virtualization Alliance"),
                page.select("#memberships-heading + .table-scroll tbody th").eachText());
        List<String> backed = page.select("#backings-heading + .table-scroll tbody th").eachText();
        assertEquals(List.of("Xen", "KVM"), backed, "an unknown start sorts first");
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
}
