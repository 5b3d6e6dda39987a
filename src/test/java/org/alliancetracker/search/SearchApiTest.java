package org.alliancetracker.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.alliancetracker.organization.Organization;
import org.alliancetracker.source.Source;
import org.alliancetracker.testing.GeneratedData;
import org.alliancetracker.testing.Pages;

@QuarkusTest
class SearchApiTest {

    private static JsonPath search(String q) {
        return given().queryParam("q", q).get("/api/v1/search").then().statusCode(200)
                .contentType("application/json").extract().jsonPath();
    }

    @Test
    void findsBySlugWhatTheSearchPageFinds() {
        JsonPath hp = search("hewlett packard");
        assertEquals(List.of("hp"), hp.getList("organizations.items.slug"));
        assertEquals("Hewlett-Packard", hp.getString("organizations.items[0].name"));
        assertEquals("COMPANY", hp.getString("organizations.items[0].kind"));
        assertEquals(List.of(), hp.getList("organizations.items[0].matchedFormerNames"));
        assertEquals(false, hp.getBoolean("organizations.more"));

        JsonPath xen = search("XEN");
        assertEquals(List.of("xen", "xenserver"), xen.getList("projects.items.slug"), "the equal name first");
        assertEquals(List.of("OPEN_SOURCE", "PROPRIETARY"), xen.getList("projects.items.license"));
        JsonPath ova = search("ova");
        assertEquals(List.of("open-virtualization-alliance"), ova.getList("alliances.items.slug"));
        assertEquals("OVA", ova.getString("alliances.items[0].abbreviation"));
    }

    @Test
    void findsSourcesByTitleOrPublisherWithTheirIds() {
        JsonPath zdnet = search("ZDNet");
        assertEquals(List.of("Open Virtualisation Alliance forms against VMware"),
                zdnet.getList("sources.items.title"));
        assertEquals("ZDNet", zdnet.getString("sources.items[0].publisher"));
        assertEquals("2011-05", zdnet.getString("sources.items[0].published"));
        int id = zdnet.getInt("sources.items[0].id");
        given().get("/api/v1/sources/" + id).then().statusCode(200).body("title",
                equalTo("Open Virtualisation Alliance forms against VMware"));
        assertEquals(false, zdnet.getBoolean("sources.more"));
        assertEquals(List.of(), search("hewlett packard").getList("sources.items"));
    }

    @Test
    void saysWhenItFoundMoreSources() {
        String prefix = "gen-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i <= Search.MAX_RESULTS; i++) {
                Source source = new Source();
                source.title = prefix + " report " + i;
                source.persist();
            }
            GeneratedData.touch();
        });
        try {
            JsonPath many = search(prefix + " report");
            assertEquals(Search.MAX_RESULTS, many.getList("sources.items").size());
            assertEquals(true, many.getBoolean("sources.more"));
            assertEquals(List.of("Only the first " + Search.MAX_RESULTS
                    + " sources found are shown: type more of the title or publisher to find the others."),
                    Pages.get("/search?q=" + prefix + " report").select(".more-found").eachText(), "as the page says");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> GeneratedData.deleteWithPrefix(prefix));
        }
    }

    @Test
    void saysWhenItFoundMoreAndWhichFormerNameMatched() {
        try (GeneratedData data = GeneratedData.allianceWithMembers(Search.MAX_RESULTS + 1)) {
            Organization renamed = data.organizations.get(0);
            data.addFormerName(renamed, " Old Works", "1999");
            JsonPath many = search(data.prefix + " organization");
            assertEquals(Search.MAX_RESULTS, many.getList("organizations.items").size());
            assertEquals(true, many.getBoolean("organizations.more"));

            JsonPath old = search(data.prefix + " old works");
            assertEquals(List.of(renamed.slug), old.getList("organizations.items.slug"));
            assertEquals(List.of(data.prefix + " Old Works"), old.getList("organizations.items[0].matchedFormerNames"));
        }
    }

    @Test
    void whereNothingHoldsTheTextItSaysWhichNamesItMayBeAMisspellingOf() {
        JsonPath misspelt = search("qumranett");
        assertEquals(List.of(), misspelt.getList("organizations.items"));
        assertEquals("organization", misspelt.getString("didYouMean[0].kind"));
        assertEquals("qumranet", misspelt.getString("didYouMean[0].slug"));
        assertEquals("Qumranet", misspelt.getString("didYouMean[0].name"));
        assertEquals(List.of(), search("qumranet").getList("didYouMean"), "found, so none");
        assertEquals(List.of(), search("kvn").getList("didYouMean"), "too short to tell a misspelling");
    }

    @Test
    void aMisspeltFormerNameOffersTheOrganizationByItsNameToday() {
        try (GeneratedData data = GeneratedData.allianceWithMembers(2)) {
            Organization renamed = data.organizations.get(1);
            data.addFormerName(renamed, " Old Works", null);
            JsonPath misspelt = search(data.prefix + " old wroks");
            assertEquals(List.of(renamed.slug), misspelt.getList("didYouMean.slug"));
            assertEquals(List.of(renamed.name), misspelt.getList("didYouMean.name"));
        }
    }

    @Test
    void onlyPunctuationFindsNothing() {
        JsonPath nothing = search(" - ");
        assertEquals(List.of(), nothing.getList("organizations.items"));
        assertEquals(List.of(), nothing.getList("alliances.items"));
        assertEquals(List.of(), nothing.getList("projects.items"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/search", "/api/v1/search?q=", "/api/v1/search?q=%20%20"})
    void aMissingTextIsAProblem(String path) {
        given().urlEncodingEnabled(false).get(path).then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("detail", equalTo("Give the text to search for in 'q'."));
    }

    @Test
    void aTooLongTextIsAProblem() {
        given().queryParam("q", "a".repeat(Search.MAX_QUERY_LENGTH + 1)).get("/api/v1/search").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("The search text is too long: use at most 100 characters."));
    }
}
