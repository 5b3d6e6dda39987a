package org.alliancetracker.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.alliancetracker.account.Account;
import org.alliancetracker.account.Role;
import org.alliancetracker.organization.Organization;
import org.alliancetracker.testing.Browser;
import org.alliancetracker.testing.GeneratedData;
import org.alliancetracker.testing.RecordsApi;
import org.alliancetracker.testing.SqlStatements;

/**
 * A page of the history costs the same statements however many changes it lists: the names its changes show, what
 * is left to revert, what a deletion did with it, which change reverted each and what reverting each would replace
 * are read for the whole page at once.
 */
@QuarkusTest
class HistoryStatementCountTest {

    /**
     * A person's changes of each kind the page shows: renames of one organization, an alliance's description, a
     * deletion with the membership it deleted; the first rename reverted by someone else.
     */
    private static Account changes(GeneratedData data, int renames, Organization renamed, Organization deleted) {
        Account person = Browser.newAccount(Role.EDITOR);
        String token = Browser.loggedInAs(person).apiToken("changes");
        for (int i = 0; i < renames; i++) {
            RecordsApi.update(token, "organization", renamed.id, Map.of("name", renamed.name + " " + i));
        }
        RecordsApi.update(token, "alliance", data.alliance.id, Map.of("description", "By " + person.username));
        RecordsApi.delete(token, "organization", deleted.id);
        long first = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>find(
                "username = ?1 order by id", person.username).firstResult().id);
        Browser reviewer = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
        reviewer.page("/history");
        assertEquals(303, reviewer.post("/history/" + first + "/revert", Map.of()).statusCode());
        return person;
    }

    @Test
    void aPageOfChangesCostsTheSameStatementsWhateverHowManyItLists() {
        try (GeneratedData data = GeneratedData.allianceWithMembers(4)) {
            Account few = changes(data, 1, data.organizations.get(0), data.organizations.get(1));
            Account many = changes(data, 30, data.organizations.get(2), data.organizations.get(3));
            Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
            for (String template : List.of("/history?by={person}", "/history/rollback?by={person}&from=1",
                    "/history/organization/{renamed}")) {
                String fewPath = template.replace("{person}", few.username)
                        .replace("{renamed}", String.valueOf(data.organizations.get(0).id));
                String manyPath = template.replace("{person}", many.username)
                        .replace("{renamed}", String.valueOf(data.organizations.get(2).id));
                int[] listed = new int[2];
                editor.get(fewPath);
                long forFew = SqlStatements.countDuring(() -> listed[0] = entries(editor, fewPath));
                long forMany = SqlStatements.countDuring(() -> listed[1] = entries(editor, manyPath));
                assertTrue(listed[1] >= listed[0] + 29, template + " lists " + listed[0] + " and " + listed[1]);
                assertEquals(forFew, forMany, template + ": " + forFew + " statements for " + listed[0]
                        + " changes, " + forMany + " for " + listed[1]);
            }
        }
    }

    /** How many changes the page lists. */
    private static int entries(Browser editor, String path) {
        var response = editor.get(path);
        assertEquals(200, response.statusCode(), path);
        return Jsoup.parse(response.asString()).select(".history-entry").size();
    }
}
