package org.alliancetracker.history;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.alliancetracker.api.Paging;

/** The snapshot's pages and their cursors (a mirror built from it: {@code ChangeFeedMirrorTest}). */
@QuarkusTest
class SnapshotApiTest {

    @Test
    void aPageLinksTheNextAndEveryPageNamesTheFeedsCursorAtItsMoment() {
        Response first = given().get("/api/v1/snapshot?limit=2");
        first.then().statusCode(200).contentType("application/json");
        JsonPath page = first.jsonPath();
        assertEquals(List.of("source", "source"), page.getList("items.type"), "sources first, as others cite them");
        String next = page.getString("next");
        assertNotNull(next);
        assertTrue(first.header("Link").contains("cursor=" + next) && first.header("Link").endsWith("rel=\"next\""),
                first.header("Link"));
        long asOf = Paging.after("after", page.getString("changesAfter"));
        assertTrue(page.getList("items.changeId", String.class).stream().allMatch(id -> Long.parseLong(id) <= asOf),
                "each record's latest change up to the moment");
        JsonPath second = given().get("/api/v1/snapshot?limit=2&cursor=" + next).then().statusCode(200).extract()
                .jsonPath();
        assertEquals(page.getString("changesAfter"), second.getString("changesAfter"));
        assertTrue(second.getLong("items[0].recordId") > page.getLong("items[1].recordId"),
                "the next page goes on after the last record of the one before");
        given().get("/api/v1/changes?after=" + page.getString("changesAfter")).then().statusCode(200);
    }

    /** Every item of the snapshot the query asks for, "type:recordId", following each next cursor. */
    private static List<String> everyItem(String query, int limit) {
        List<String> items = new ArrayList<>();
        String next = "";
        while (next != null) {
            JsonPath page = given().get("/api/v1/snapshot?limit=" + limit + query + next).then().statusCode(200)
                    .extract().jsonPath();
            List<String> types = page.getList("items.type");
            List<Long> ids = page.getList("items.recordId", Long.class);
            for (int i = 0; i < types.size(); i++) {
                items.add(types.get(i) + ":" + ids.get(i));
            }
            next = page.getString("next") == null ? null : "&cursor=" + page.getString("next");
        }
        return items;
    }

    @Test
    void theKindsAskedForAloneAsTheChangeFeedGivesThem() {
        List<String> asked = everyItem("&type=alliance,project", 3);
        assertEquals(List.of("project", "alliance"), asked.stream().map(item -> item.split(":")[0]).distinct()
                .toList(), "in the mirror's order");
        assertEquals(everyItem("", 500).stream().filter(item -> item.startsWith("project:")
                || item.startsWith("alliance:")).toList(), asked, "those of the whole snapshot");
    }

    /** "c25hcHNob3Q6MTo5OTow" is snapshot:1:99:0, a kind of record past the last. */
    @ParameterizedTest
    @ValueSource(strings = {"cursor=nope", "cursor=c25hcHNob3Q6MTo5OTow", "limit=0", "limit=501", "type=guild"})
    void aCursorOrLimitItDidNotGiveOutIsAProblem(String query) {
        given().get("/api/v1/snapshot?" + query).then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("detail", containsString(query.substring(0, query.indexOf('='))));
    }
}
