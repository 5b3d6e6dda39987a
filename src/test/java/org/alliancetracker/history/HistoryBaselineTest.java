package org.alliancetracker.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import org.alliancetracker.testing.GeneratedData;

@QuarkusTest
class HistoryBaselineTest {

    @Inject
    HistoryBaseline baseline;

    @Test
    void aStartWithNothingToRecordLeavesTheDataVersionAlone() {
        long before = GeneratedData.dataVersion();
        baseline.onStart(null);
        assertEquals(before, GeneratedData.dataVersion(), "cached answers stay valid across a restart");
    }

    @Test
    void aRecordAMigrationInsertedGetsItsLoadedEntryAtTheNextStart() {
        String slug = "baseline-" + System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> AuditEntry.getEntityManager().createNativeQuery(
                "insert into organization (name, slug, kind) values ('Inserted by SQL', ?1, 'COMPANY')")
                .setParameter(1, slug).executeUpdate());
        try {
            baseline.onStart(null);
            assertEquals(0, (long) QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                    "recordType = 'organization' and summary = 'Loaded organization: Inserted by SQL'")),
                    "a start at a schema version already scanned does not look again");

            // As after a migration that inserted records: the schema version scanned is an older one.
            QuarkusTransaction.requiringNew().run(() -> AuditEntry.markBaselineComplete("0"));
            long before = GeneratedData.dataVersion();
            baseline.onStart(null);
            assertTrue(GeneratedData.dataVersion() > before);
            long entries = QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                    "recordType = 'organization' and summary = 'Loaded organization: Inserted by SQL'"));
            assertEquals(1, entries);
            QuarkusTransaction.requiringNew().run(() -> AuditEntry.markBaselineComplete("0"));
            baseline.onStart(null);
            assertEquals(1, (long) QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                    "recordType = 'organization' and summary = 'Loaded organization: Inserted by SQL'")), "once only");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                GeneratedData.deleteWithPrefix("baseline-");
                // Its history goes too, so that mirrors built by other tests match the data.
                AuditEntry.delete("summary", "Loaded organization: Inserted by SQL");
            });
        }
    }
}
