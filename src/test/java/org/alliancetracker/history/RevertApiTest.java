package org.alliancetracker.history;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import org.alliancetracker.account.Account;
import org.alliancetracker.account.Role;
import org.alliancetracker.api.Paging;
import org.alliancetracker.membership.Membership;
import org.alliancetracker.organization.Organization;
import org.alliancetracker.testing.Browser;
import org.alliancetracker.testing.GeneratedData;
import org.alliancetracker.testing.RecordsApi;

/** Bots revert a change as editors do from the history: a moderation bot undoing a vandal's edit, say. */
@QuarkusTest
class RevertApiTest {

    private static Response revert(String token, long change) {
        return given().header("Authorization", "Bearer " + token).contentType("application/json")
                .post("/api/v1/changes/" + change + "/revert");
    }

    private static AuditEntry last(String type, long id) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>find(
                "recordType = ?1 and recordId = ?2 order by id desc", type, id).firstResult());
    }

    /** The change feed's item for the change. */
    private static JsonPath feedItem(long change) {
        return given().get("/api/v1/changes?limit=1&after=" + Paging.cursor(change - 1)).then().statusCode(200)
                .body("items[0].id", equalTo(String.valueOf(change))).extract().jsonPath().setRootPath("items[0]");
    }

    @Test
    void aBotRevertsAnUpdateADeletionWithWhatItDeletedAndIsToldWhatItCannot() {
        try (GeneratedData data = GeneratedData.allianceWithMembers(1)) {
            Organization organization = data.organizations.get(0);
            Account bot = Browser.newAccount(Role.EDITOR);
            String token = Browser.loggedInAs(bot).apiToken("moderation bot");
            Response read = given().get("/api/v1/records/organization/" + organization.id);
            Response vandalised = given().header("Authorization", "Bearer " + token)
                    .header("If-Match", read.header("ETag")).contentType("application/json")
                    .body(Map.of("description", "<b>spam</b>")).put("/api/v1/records/organization/" + organization.id);
            assertEquals(200, vandalised.statusCode(), vandalised.asString());
            AuditEntry update = last("organization", organization.id);

            revert(token, update.id).then().statusCode(200).body("change", equalTo(String.valueOf(update.id)))
                    .body("did", equalTo("restored")).body("replaced", empty())
                    .body("message", equalTo("Reverted change " + update.id + ": restored the earlier values."))
                    .body("record.id", equalTo((int) (long) organization.id))
                    .body("record.data.description", equalTo(read.jsonPath().getString("data.description")));
            AuditEntry reverting = last("organization", organization.id);
            assertEquals(update.id, reverting.revertsEntryId, "recorded as a revert");
            assertEquals(bot.username, reverting.username, "by the bot's account");
            assertEquals(String.valueOf(update.id), feedItem(reverting.id).getString("reverts"),
                    "the feed says which change a revert reverts");
            assertNull(feedItem(update.id).get("reverts"));

            // Reverted already: the record has the earlier values, so nothing is done, and nothing recorded.
            revert(token, update.id).then().statusCode(409).contentType("application/problem+json")
                    .body("detail", equalTo("Nothing to revert: the organization has the values it had before change "
                            + update.id + " already."));
            assertEquals(reverting.id, last("organization", organization.id).id, "nothing recorded");

            // A deletion, and the membership and backing deleted with it, come back in one call.
            long membership = QuarkusTransaction.requiringNew().call(() -> Membership.ofOrganization(
                    Organization.findById(organization.id)).get(0).id);
            int version = given().get("/api/v1/records/organization/" + organization.id).jsonPath().getInt("version");
            given().header("Authorization", "Bearer " + token).header("If-Match", "\"" + version + "\"")
                    .delete("/api/v1/records/organization/" + organization.id).then().statusCode(204);
            AuditEntry deletion = last("organization", organization.id);
            AuditEntry membershipDeleted = last("membership", membership);
            assertEquals(String.valueOf(deletion.id), feedItem(membershipDeleted.id).getString("madeWithDeletion"),
                    "the feed says which deletion deleted a record with it");
            assertNull(feedItem(deletion.id).get("madeWithDeletion"));

            // Its membership alone cannot come back while the organization is deleted.
            revert(token, membershipDeleted.id).then().statusCode(422)
                    .contentType("application/problem+json").body("title", equalTo("Cannot revert"))
                    .body("instance", equalTo("/api/v1/changes/" + membershipDeleted.id + "/revert"))
                    .body("detail", equalTo("Cannot revert change " + membershipDeleted.id + ": the organization it"
                            + " names was deleted since. It was made with change " + deletion.id + " ("
                            + deletion.summary + "): revert that change, and this one is reverted with it."));

            revert(token, deletion.id).then().statusCode(200).body("did", equalTo("re-created"))
                    .body("message", equalTo("Reverted change " + deletion.id + ": re-created the organization "
                            + organization.name + ". Also re-created the 2 records deleted with it."))
                    .body("record.id", equalTo((int) (long) organization.id));
            assertNotNull(QuarkusTransaction.requiringNew().call(() -> Membership.findById(membership)));

            // Reverted already: nothing left to revert is a conflict with the record's state.
            revert(token, deletion.id).then().statusCode(409).contentType("application/problem+json")
                    .body("detail", equalTo("Nothing to revert: the organization was restored since."))
                    .body("instance", equalTo("/api/v1/changes/" + deletion.id + "/revert"));

            // Reverting its re-creation deletes it again: no record to show.
            AuditEntry creation = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>find(
                    "recordType = 'membership' and recordId = ?1 and action = ?2 order by id desc", membership,
                    AuditEntry.Action.CREATED).firstResult());
            revert(token, creation.id).then().statusCode(200).body("did", equalTo("deleted"))
                    .body("record", nullValue());
            assertNull(QuarkusTransaction.requiringNew().call(() -> Membership.findById(membership)));
        }
    }

    @Test
    void aBotIsToldWhichLaterValuesItsRevertReplaced() {
        try (GeneratedData data = GeneratedData.allianceWithMembers(1)) {
            Organization organization = data.organizations.get(0);
            String token = Browser.loggedInAs(Browser.newAccount(Role.EDITOR)).apiToken("moderation bot");
            String mender = Browser.loggedInAs(Browser.newAccount(Role.EDITOR)).apiToken("mender");
            RecordsApi.update(token, "organization", organization.id, Map.of("description", "spam",
                    "website", "https://spam.example.org/"));
            AuditEntry vandalised = last("organization", organization.id);
            RecordsApi.update(mender, "organization", organization.id, Map.of("description", "Mended by hand"));

            revert(token, vandalised.id).then().statusCode(200).body("did", equalTo("restored"))
                    .body("replaced", contains("description"))
                    .body("message", equalTo("Reverted change " + vandalised.id + ": restored the earlier values."
                            + " The description was changed again since, and its later value is replaced too."))
                    .body("record.data.website", equalTo(""))
                    .body("record.data.description", equalTo(organization.description == null ? ""
                            : organization.description));
        }
    }

    @Test
    void anUnknownChangeIsNotFoundAndABotWithoutATokenIsRefused() {
        String token = Browser.loggedInAs(Browser.newAccount(Role.EDITOR)).apiToken("moderation bot");
        revert(token, 987_654_321L).then().statusCode(404).contentType("application/problem+json");
        given().contentType("application/json").post("/api/v1/changes/1/revert").then().statusCode(401)
                .contentType("application/problem+json");
    }
}
