package org.alliancetracker.sitemap;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import org.alliancetracker.alliance.Alliance;
import org.alliancetracker.organization.Organization;
import org.alliancetracker.project.Project;
import org.alliancetracker.source.Source;
import org.alliancetracker.testing.FreshDatabaseProfile;
import org.alliancetracker.testing.GeneratedData;

/** Every kind of record's pages are listed in parts of a set size, each page in exactly one part. */
@QuarkusTest
@TestProfile(SitemapPartsTest.PartsOfFour.class)
class SitemapPartsTest {

    public static class PartsOfFour extends FreshDatabaseProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("tracker.sitemap.addresses-per-part", "4");
            return overrides;
        }
    }

    @Test
    void everyOrganizationIsInExactlyOnePartOfAtMostTheSetSize() {
        List<String> pages = QuarkusTransaction.requiringNew().call(() -> Organization.<Organization>listAll()
                .stream().map(o -> "/organizations/" + o.slug).toList());
        assertEachPageInExactlyOnePart("organizations", pages);
    }

    @Test
    void everySourceIsInExactlyOnePartOfAtMostTheSetSize() {
        List<String> pages = QuarkusTransaction.requiringNew().call(() -> Source.<Source>listAll()
                .stream().map(s -> "/sources/" + s.id).toList());
        assertEachPageInExactlyOnePart("sources", pages);
    }

    /** Alliances, projects and the timelines of both too, so that no part outgrows the limit however many there are. */
    @Test
    void everyAllianceProjectAndTheirTimelinesIsInExactlyOnePartOfAtMostTheSetSize() {
        List<GeneratedData> generated = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                generated.add(GeneratedData.allianceWithMembers(0)); // an alliance and two projects each
            }
            List<String> slugs = QuarkusTransaction.requiringNew().call(() -> Alliance.<Alliance>listAll()
                    .stream().map(a -> a.slug).toList());
            assertEachPageInExactlyOnePart("alliances", slugs.stream().map(slug -> "/alliances/" + slug).toList());
            assertEachPageInExactlyOnePart("timelines",
                    slugs.stream().map(slug -> "/timelines/alliances/" + slug).toList());
            List<String> projects = QuarkusTransaction.requiringNew().call(() -> Project.<Project>listAll().stream()
                    .map(p -> p.slug).toList());
            assertEachPageInExactlyOnePart("projects", projects.stream().map(slug -> "/projects/" + slug).toList());
            assertEachPageInExactlyOnePart("project-timelines",
                    projects.stream().map(slug -> "/timelines/projects/" + slug).toList());
        } finally {
            generated.forEach(GeneratedData::close);
        }
    }

    @Test
    void theFirstPartListsThePagesThatAreNoRecordsOwn() {
        List<String> pages = SitemapTest.locations("/sitemaps/pages.xml").stream().map(SitemapTest::pathOf).toList();
        assertEquals(List.of("/", "/alliances", "/organizations", "/projects", "/sources", "/timelines",
                "/timelines/compare"), pages);
    }

    private static void assertEachPageInExactlyOnePart(String kind, List<String> pages) {
        assertTrue(pages.size() > 4, "the demo story has enough " + kind + " for two parts: " + pages.size());
        List<String> parts = SitemapTest.locations("/sitemap.xml").stream().map(SitemapTest::pathOf)
                .filter(p -> p.startsWith("/sitemaps/" + kind + "-")).toList();
        assertEquals((pages.size() + 3) / 4, parts.size(), parts.toString());
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            assertEquals("/sitemaps/" + kind + "-" + (i + 1) + ".xml", parts.get(i));
            List<String> addresses = SitemapTest.locations(parts.get(i));
            assertTrue(addresses.size() <= 4 && !addresses.isEmpty(), parts.get(i) + ": " + addresses);
            addresses.forEach(address -> listed.add(SitemapTest.pathOf(address)));
        }
        assertEquals(pages.stream().sorted().toList(), listed.stream().sorted().toList());
        assertEquals(404, given().get("/sitemaps/" + kind + "-" + (parts.size() + 1) + ".xml").statusCode());
    }
}
