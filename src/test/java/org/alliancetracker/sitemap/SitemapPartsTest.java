package org.alliancetracker.sitemap;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import org.alliancetracker.organization.Organization;
import org.alliancetracker.testing.FreshDatabaseProfile;

/** Organizations are listed in parts of a set size, each organization in exactly one part. */
@QuarkusTest
@TestProfile(SitemapPartsTest.PartsOfFour.class)
class SitemapPartsTest {

    public static class PartsOfFour extends FreshDatabaseProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new java.util.HashMap<>(super.getConfigOverrides());
            overrides.put("tracker.sitemap.addresses-per-part", "4");
            return overrides;
        }
    }

    @Test
    void everyOrganizationIsInExactlyOnePartOfAtMostTheSetSize() {
        List<String> slugs = QuarkusTransaction.requiringNew().call(() -> Organization.<Organization>listAll()
                .stream().map(o -> o.slug).toList());
        assertTrue(slugs.size() > 8, "the demo story has enough organizations for three parts: " + slugs.size());
        List<String> parts = SitemapTest.locations("/sitemap.xml").stream().map(SitemapTest::pathOf)
                .filter(p -> p.startsWith("/sitemaps/organizations-")).toList();
        assertEquals((slugs.size() + 3) / 4, parts.size(), parts.toString());
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            assertEquals("/sitemaps/organizations-" + (i + 1) + ".xml", parts.get(i));
            List<String> pages = SitemapTest.locations(parts.get(i));
            assertTrue(pages.size() <= 4 && !pages.isEmpty(), parts.get(i) + ": " + pages);
            pages.forEach(address -> listed.add(SitemapTest.pathOf(address)));
        }
        assertEquals(slugs.stream().map(slug -> "/organizations/" + slug).sorted().toList(), listed.stream().sorted().toList());
        assertEquals(404, given().get("/sitemaps/organizations-" + (parts.size() + 1) + ".xml").statusCode());
    }
}
