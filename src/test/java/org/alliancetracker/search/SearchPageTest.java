package org.alliancetracker.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

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
    void wildcardsInTheQueryAreTakenLiterally() {
        Document page = Pages.get("/search?q=%25");
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
