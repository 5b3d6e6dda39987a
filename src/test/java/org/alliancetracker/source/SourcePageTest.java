package org.alliancetracker.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.alliancetracker.alliance.ReportedCount;
import org.alliancetracker.common.PartialDate;
import org.alliancetracker.testing.GeneratedData;
import org.alliancetracker.testing.NamesToSort;
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
        assertEquals(List.of("/organizations/ibm", "/projects/xen", "/projects/kvm"),
                page.select("h3:containsOwn(Backer changes) + ul li:contains(IBM) a").eachAttr("href"),
                "a move links to the organization and to both projects");
        assertEquals(2, page.select("h3:containsOwn(Ownership) + ul li").size());
    }

    @Test
    void aSourcesAddressLinksToItsCopiesInTheInternetArchiveFromWhenItWasPublished() {
        Document undated = Pages.get(pathOf("Open Virtualization Alliance"));
        assertEquals(List.of("https://en.wikipedia.org/wiki/Open_Virtualization_Alliance",
                "https://web.archive.org/web/*/https://en.wikipedia.org/wiki/Open_Virtualization_Alliance"),
                undated.select(".facts dd a").eachAttr("href"), "no date: every copy the archive holds");
        try (GeneratedData data = GeneratedData.allianceWithMembers(1)) {
            QuarkusTransaction.requiringNew().run(() -> {
                Source dated = Source.findById(data.source.id);
                dated.url = "https://example.org/news/2011/ova?page=2";
                dated.published = PartialDate.parse("2011-05");
                GeneratedData.touch();
            });
            Document page = Pages.get("/sources/" + data.source.id);
            assertEquals("https://web.archive.org/web/20110531/https://example.org/news/2011/ova?page=2",
                    page.selectFirst(".facts dd a:containsOwn(archived)").attr("href"),
                    "the copy nearest the end of the month it was published in");
        }
        assertTrue(Pages.get(pathOf("Citrix to acquire XenSource")).select(".facts dd a").isEmpty(),
                "no address, no archive");
    }

    @Test
    void theFactsOfOneDateThatASourceSupportsGoByName() {
        try (GeneratedData data = GeneratedData.allianceWithMembersNamed(NamesToSort.AS_MADE)) {
            data.addMovesAndAcquisitions(PartialDate.parse("2008-03"), PartialDate.parse("2009"));
            QuarkusTransaction.requiringNew().run(() -> {
                Source cited = Source.findById(data.source.id);
                for (int i = 0; i < NamesToSort.AS_MADE.size(); i++) {
                    ReportedCount count = new ReportedCount();
                    count.alliance = data.persistAllianceNamed(NamesToSort.AS_MADE.get(i), i);
                    count.asOf = PartialDate.parse("2011-06");
                    count.count = 10;
                    count.sources.add(cited);
                    count.persist();
                }
                GeneratedData.touch();
            });
            Document page = Pages.get("/sources/" + data.source.id);
            List<String> inOrder = NamesToSort.inOrder(data.prefix);
            for (String facts : List.of("Memberships", "Backing", "Backer changes", "Ownership")) {
                assertEquals(inOrder, page.select("h3:containsOwn(" + facts + ") + ul li > a:first-child").eachText(),
                        facts + " of one date, each of another organization");
            }
            assertEquals(inOrder, page.select("h3:containsOwn(Reported counts) + ul li > a:first-child").eachText()
                    .stream().filter(inOrder::contains).toList(), "counts of one date, each of another alliance");
        }
    }

    @Test
    void sourcesOfOneDateGoByTitle() {
        String prefix = "gen-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> {
            for (String title : NamesToSort.AS_MADE) {
                Source source = new Source();
                source.title = prefix + " " + title;
                source.published = PartialDate.parse("2004-10");
                source.persist();
            }
            GeneratedData.touch();
        });
        try {
            assertEquals(NamesToSort.inOrder(prefix), Pages.get("/sources").select(".name-list a").eachText().stream()
                    .filter(title -> title.startsWith(prefix)).toList());
        } finally {
            QuarkusTransaction.requiringNew().run(() -> GeneratedData.deleteWithPrefix(prefix));
        }
    }

    @Test
    void anUnknownOrMalformedSourceIdIsNotFound() {
        Pages.get("/sources/999999", 404);
        Pages.get("/sources/abc", 404);
        Pages.get("/sources/99999999999999999999999", 404);
    }

    @Test
    void aLongListComesAPageAtATimeWithEverySourceOnExactlyOnePage() {
        String prefix = "gen-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < SourceResource.PAGE_SIZE + 10; i++) {
                Source source = new Source();
                source.title = prefix + " source " + i;
                source.publisher = "Generated";
                source.persist();
            }
            GeneratedData.touch();
        });
        try {
            List<String> expected = Source.<Source>listAll().stream().map(source -> "/sources/" + source.id).sorted()
                    .toList();
            List<Document> pages = Pages.everyPage("/sources");
            assertEquals((expected.size() + SourceResource.PAGE_SIZE - 1) / SourceResource.PAGE_SIZE, pages.size());
            List<String> shown = pages.stream().flatMap(page -> page.select(".name-list a").eachAttr("href").stream())
                    .sorted().toList();
            assertEquals(expected, shown, "every source once");
            assertEquals(SourceResource.PAGE_SIZE, pages.get(0).select(".name-list a").size());
            assertFalse(pages.get(0).select(".name-list a").first().text().startsWith(prefix),
                    "the demo sources, which have dates, come before undated ones");
            assertTrue(pages.get(pages.size() - 1).select(".name-list a").eachText().stream()
                    .anyMatch(title -> title.startsWith(prefix)), "undated sources come last");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> GeneratedData.deleteWithPrefix(prefix));
        }
    }

    @Test
    void aSourcesPageThatIsNotThereIsNotFound() {
        assertTrue(Pages.get("/sources?page=500", 404).text().contains("there is no page 500"));
        assertTrue(Pages.get("/sources?page=first", 400).text().contains("'page' must be a page number"));
    }
}
