package org.alliancetracker.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.alliancetracker.account.Account;
import org.alliancetracker.account.ApiToken;
import org.alliancetracker.account.Role;
import org.alliancetracker.backing.Backing;
import org.alliancetracker.history.AuditEntry;
import org.alliancetracker.organization.Organization;
import org.alliancetracker.testing.Browser;
import org.alliancetracker.testing.GeneratedData;

/** Bots write with personal tokens, through the same validation, conflict rule and history as the forms. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WriteApiTest {

    private final String prefix = "wapi-" + UUID.randomUUID().toString().substring(0, 6);

    @AfterAll
    void remove() {
        QuarkusTransaction.requiringNew().run(() -> GeneratedData.deleteWithPrefix(prefix));
    }

    private static Response create(String token, Map<String, ?> body) {
        return given().header("Authorization", "Bearer " + token).contentType("application/json").body(body)
                .post("/api/v1/records/organization");
    }

    @Test
    void aBotRecordsAMoveBetweenProjectsInOneCall() {
        try (GeneratedData data = GeneratedData.allianceWithMembers(1)) {
            String token = Browser.loggedInAs(Browser.newAccount(Role.EDITOR)).apiToken("move bot");
            Response moved = given().header("Authorization", "Bearer " + token).contentType("application/json")
                    .body(Map.of("organization", data.organizations.get(0).id, "fromProject", data.project.id,
                            "toProject", data.secondProject.id, "movedOn", "2022", "role", "SUPPORTER"))
                    .post("/api/v1/records/move");
            moved.then().statusCode(201).body("type", equalTo("backer-change")).body("data.movedOn", equalTo("2022"));
            assertTrue(moved.header("Location").matches(".*/api/v1/records/backer-change/[0-9]+"),
                    moved.header("Location"));
            QuarkusTransaction.requiringNew().run(() -> {
                List<Backing> backings = Backing.ofOrganization(Organization.findById(data.organizations.get(0).id));
                assertEquals(List.of("2022", ""), backings.stream()
                        .map(b -> b.until == null ? "" : b.until.iso()).toList(), "the old ends, the new starts");
                assertEquals(data.secondProject.id, backings.get(1).project.id);
            });
        }
    }

    @Test
    void aTokenIsShownOnceAndStoredOnlyAsAHash() {
        Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
        String secret = editor.apiToken("sync bot");
        assertTrue(secret.startsWith("at_") && secret.length() > 40);
        Document list = editor.page("/account/tokens");
        assertFalse(list.html().contains(secret), "never shown again");
        assertEquals(secret.substring(0, 10) + "…", list.selectFirst("table.tokens code").text());
    }

    @Test
    void aBotCreatesUpdatesAndDeletesWithTheRecordsVersion() {
        Account account = Browser.newAccount(Role.EDITOR);
        String token = Browser.loggedInAs(account).apiToken("crud bot");
        Response created = create(token, Map.of("name", "Bot Made", "slug", prefix + "-bot", "kind", "COMPANY"));
        created.then().statusCode(201).contentType("application/json")
                .body("type", equalTo("organization")).body("data.name", equalTo("Bot Made"));
        String location = created.header("Location").replaceFirst("^https?://[^/]+", "");
        assertEquals("\"0\"", created.header("ETag"));
        AuditEntry entry = QuarkusTransaction.requiringNew()
                .call(() -> AuditEntry.<AuditEntry>find("order by id desc").firstResult());
        assertEquals(account.username, entry.username, "the change is recorded under the token's account");

        assertEquals(304, given().header("If-None-Match", "\"0\"").get(location).statusCode());

        given().header("Authorization", "Bearer " + token).header("If-Match", "\"0\"").contentType("application/json")
                .body(Map.of("name", "Bot Renamed")).put(location).then().statusCode(200)
                .body("data.name", equalTo("Bot Renamed")).body("data.slug", equalTo(prefix + "-bot"))
                .body("version", equalTo(1));
        given().header("Authorization", "Bearer " + token).header("If-Match", "\"0\"").contentType("application/json")
                .body(Map.of("name", "Lost Update")).put(location).then().statusCode(412)
                .contentType("application/problem+json").body("instance", equalTo(location));
        given().header("Authorization", "Bearer " + token).contentType("application/json")
                .body(Map.of("name", "Blind")).put(location).then().statusCode(428);
        given().get(location).then().body("data.name", equalTo("Bot Renamed"));

        given().header("Authorization", "Bearer " + token).header("If-Match", "\"1\"").delete(location)
                .then().statusCode(204);
        given().get(location).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void invalidRecordsAndBodiesAreRefusedWithProblems() {
        String token = Browser.loggedInAs(Browser.newAccount(Role.EDITOR)).apiToken("careless bot");
        create(token, Map.of("name", "Bad", "slug", "Not A Slug", "kind", "COMPANY")).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.slug", containsString("Use lower-case letters"));
        given().header("Authorization", "Bearer " + token).contentType("application/json").body("{\"name\": ")
                .post("/api/v1/records/organization").then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + token).contentType("text/plain").body("name=x")
                .post("/api/v1/records/organization").then().statusCode(415).contentType("application/problem+json");
        create(token, Map.of("name", Map.of("nested", "object"), "slug", prefix + "-nested")).then().statusCode(422)
                .body("errors.name", containsString("Must be text"));
        given().header("Authorization", "Bearer " + token).contentType("application/json").body(Map.of())
                .post("/api/v1/records/nonsense").then().statusCode(404);
    }

    @Test
    void aReferenceThatNamesNoRecordSaysWhyBesideTheField() {
        try (GeneratedData data = GeneratedData.allianceWithMembers(1)) {
            String token = Browser.loggedInAs(Browser.newAccount(Role.EDITOR)).apiToken("stale bot");
            long changes = QuarkusTransaction.requiringNew().call(() -> AuditEntry.count());
            String choose = "Choose an organization.";
            Map<String, String> said = Map.of(
                    "999999999999", "No record has the id 999999999999; it may have been deleted. " + choose,
                    "ibm", "“ibm” is not a record's id (a number). " + choose,
                    "x".repeat(150), "“" + "x".repeat(40) + "…” is not a record's id (a number). " + choose,
                    "", choose);
            said.forEach((organization, message) -> given().header("Authorization", "Bearer " + token)
                    .contentType("application/json").body(Map.of("alliance", data.alliance.id,
                            "organization", organization, "joined", "2020"))
                    .post("/api/v1/records/membership").then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("errors.organization", equalTo(message)).body("errors.alliance", equalTo(null)));
            assertEquals(changes, QuarkusTransaction.requiringNew().call(() -> AuditEntry.count()), "nothing recorded");
        }
    }

    @Test
    void sourcesThatNameNoRecordAreCountedBesideTheField() {
        try (GeneratedData data = GeneratedData.allianceWithMembers(1)) {
            String token = Browser.loggedInAs(Browser.newAccount(Role.EDITOR)).apiToken("sourcing bot");
            long changes = QuarkusTransaction.requiringNew().call(() -> AuditEntry.count());
            Map<List<Object>, String> said = Map.of(
                    List.of(data.source.id, 999999999999L),
                    "No record has the id 999999999999; it may have been deleted.",
                    List.of(999999999998L, data.source.id, 999999999999L),
                    "No records have the ids 999999999998 and 999999999999; they may have been deleted.",
                    List.of("ibm", data.source.id),
                    "“ibm” is not a record's id (a number).",
                    List.of(999999999999L, "ibm", "hp"),
                    "No record has the id 999999999999; it may have been deleted. “ibm” and “hp” are not records' ids"
                            + " (numbers).");
            said.forEach((sources, message) -> given().header("Authorization", "Bearer " + token)
                    .contentType("application/json").body(Map.of("alliance", data.alliance.id,
                            "organization", data.organizations.get(0).id, "joined", "2020", "sources", sources))
                    .post("/api/v1/records/membership").then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("errors.sources", equalTo(message)).body("errors.organization", equalTo(null)));
            assertEquals(changes, QuarkusTransaction.requiringNew().call(() -> AuditEntry.count()), "nothing recorded");
        }
    }

    @Test
    void writesWithoutAValidTokenAreUnauthorized() {
        given().contentType("application/json").body(Map.of("name", "x")).post("/api/v1/records/organization")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        create("at_not-a-real-token", Map.of("name", "x")).then().statusCode(401);
        given().header("Authorization", "Basic YWRtaW46YWRtaW4=").contentType("application/json")
                .body(Map.of("name", "x")).post("/api/v1/records/organization").then().statusCode(401);
    }

    @Test
    void aRevokedTokenOrADisabledAccountCanNoLongerWrite() {
        Account account = Browser.newAccount(Role.EDITOR);
        Browser editor = Browser.loggedInAs(account);
        String revoked = editor.apiToken("to revoke");
        long id = QuarkusTransaction.requiringNew().call(() -> ApiToken
                .<ApiToken>find("name", "to revoke").firstResult().id);
        editor.page("/account/tokens");
        assertEquals(303, editor.post("/account/tokens/" + id + "/revoke", Map.of()).statusCode());
        create(revoked, Map.of("name", "x", "slug", prefix + "-revoked", "kind", "COMPANY")).then().statusCode(401);

        String live = editor.apiToken("owner disabled");
        QuarkusTransaction.requiringNew().run(() -> Account.<Account>findById(account.id).enabled = false);
        create(live, Map.of("name", "x", "slug", prefix + "-disabled", "kind", "COMPANY")).then().statusCode(401);
    }
}
