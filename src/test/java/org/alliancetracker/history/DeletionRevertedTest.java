package org.alliancetracker.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import org.alliancetracker.account.Role;
import org.alliancetracker.common.PartialDate;
import org.alliancetracker.editing.EditorRegistry;
import org.alliancetracker.testing.AllRecords;
import org.alliancetracker.testing.Browser;
import org.alliancetracker.testing.GeneratedData;

/** Any record deleted, and its deletion reverted, leaves the data exactly as it was. */
@QuarkusTest
class DeletionRevertedTest {

    @Inject
    EditorRegistry registry;

    private Map<String, Map<String, String>> records() {
        return AllRecords.values(registry);
    }

    @Test
    void everyKindOfRecordDeletedAndItsDeletionRevertedLeavesTheDataAsItWas() {
        Set<String> earlier = records().keySet();
        try (GeneratedData data = GeneratedData.allianceWithMembers(3)) {
            data.addMovesAndAcquisitions(PartialDate.parse("2012-03"), PartialDate.parse("2014"));
            Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
            editor.page("/edit/former-name/new");
            assertEquals(303, editor.post("/edit/former-name/new", Map.of("organization",
                    data.organizations.get(0).slug, "name", data.prefix + " Earlier Name", "usedUntil", "2001"))
                    .statusCode());
            Map<String, Map<String, String>> before = records();
            List<String> generated = before.keySet().stream().filter(r -> !earlier.contains(r)).sorted().toList();
            assertEquals(Set.of("alliance", "backer-change", "backing", "former-name", "membership", "organization",
                    "ownership", "project", "reported-count", "source", "tier"), Set.copyOf(generated.stream()
                    .map(r -> r.split(" ")[0]).toList()), "every kind of record");

            for (String record : generated) {
                String type = record.split(" ")[0];
                long id = Long.parseLong(record.split(" ")[1]);
                editor.page("/edit/" + type + "/" + id + "/delete");
                assertEquals(303, editor.post("/edit/" + type + "/" + id + "/delete", Map.of()).statusCode(), record);
                long deletion = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>find(
                        "recordType = ?1 and recordId = ?2 and action = ?3 order by id desc", type, id,
                        AuditEntry.Action.DELETED).firstResult().id);
                editor.page("/history");
                Response reverted = editor.post("/history/" + deletion + "/revert", Map.of());
                String said = editor.flashAfter(reverted);
                assertTrue(said.startsWith("Reverted change " + deletion + ": re-created"), said);
                assertEquals(before, records(), record + " deleted, then its deletion reverted: " + said);
            }
        }
    }
}
