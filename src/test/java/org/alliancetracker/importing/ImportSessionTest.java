package org.alliancetracker.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntConsumer;

import jakarta.inject.Inject;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

import org.alliancetracker.history.AuditEntry;
import org.alliancetracker.membership.Membership;

/**
 * A large file keeps few records in its Hibernate session: each query checks every record the session holds, so an
 * import that kept them all took time that grows with the square of its rows (5,000 rows: over a minute).
 */
@QuarkusTest
class ImportSessionTest {

    @Inject
    Importer importer;

    @Test
    @TestTransaction
    void aLargeImportKeepsFewRecordsInItsSessionAndSavesThemAll() {
        int rows = 4 * Importer.ROWS_PER_SESSION + 50;
        StringBuilder csv = new StringBuilder("alliance,organization,organization_name,joined\n");
        for (int i = 0; i < rows; i++) {
            csv.append("open-virtualization-alliance,session-test-").append(i).append(",Session Test ").append(i)
                    .append(",2012\n");
        }
        // The last row names an organization the first row made, which the session has forgotten by then.
        csv.append("open-virtualization-alliance,session-test-0,,2013\n");
        ImportJob job = new ImportJob();
        job.kind = ImportJob.Kind.MEMBERSHIPS;
        job.content = csv.toString();

        List<Integer> reported = new ArrayList<>();
        ImportPlan plan = importer.run(job, reported::add, true);

        assertEquals(List.of(), plan.errors);
        // Rows read, as a progress page shows them: every PROGRESS_EVERY rows, then all of them.
        List<Integer> expected = new ArrayList<>();
        for (int read = Importer.PROGRESS_EVERY; read <= rows + 1; read += Importer.PROGRESS_EVERY) {
            expected.add(read);
        }
        expected.add(rows + 1);
        assertEquals(expected, reported);
        assertEquals(2L * rows + 1, plan.getCreates(),
                "an organization and a membership a row, and the last membership");
        long held = Panache.getEntityManager().unwrap(Session.class).getStatistics().getEntityCount();
        assertTrue(held < 5L * Importer.ROWS_PER_SESSION, "records held by the session: " + held);
        assertEquals(2, Membership.count(
                "organization.slug = ?1 and alliance.slug = ?2", "session-test-0", "open-virtualization-alliance"));
    }

    /** A file of new organizations, one a row, with slugs from the prefix. */
    private static ImportJob newOrganizations(String slugPrefix, int rows) {
        StringBuilder csv = new StringBuilder("slug,name,kind\n");
        for (int i = 0; i < rows; i++) {
            csv.append(slugPrefix).append(i).append(",Organization ").append(slugPrefix).append(i).append(",company\n");
        }
        ImportJob job = new ImportJob();
        job.kind = ImportJob.Kind.ORGANIZATIONS;
        job.username = "import-test";
        job.content = csv.toString();
        return job;
    }

    /**
     * A progress report that, once the run has read {@link Importer#PROGRESS_EVERY} rows, makes a save in a
     * transaction of its own on another thread, and notes whether it went through within 10 s.
     */
    private static final class SaveMeanwhile implements IntConsumer, AutoCloseable {

        private final ExecutorService other = Executors.newSingleThreadExecutor();
        private Boolean wentThrough;

        @Override
        public void accept(int read) {
            if (read != Importer.PROGRESS_EVERY) {
                return;
            }
            var save = other.submit(() -> QuarkusTransaction.requiringNew().run(AuditEntry::lockFeedHead));
            try {
                save.get(10, TimeUnit.SECONDS);
                wentThrough = true;
            } catch (TimeoutException e) {
                wentThrough = false;
            } catch (InterruptedException | ExecutionException e) {
                throw new AssertionError(e);
            }
        }

        Boolean wentThrough() {
            return wentThrough;
        }

        /** Waits for the save to end, which a run holding the feed's head delays until the run ends. */
        @Override
        public void close() throws InterruptedException {
            other.shutdown();
            assertTrue(other.awaitTermination(60, TimeUnit.SECONDS));
        }
    }

    /**
     * A preview is rolled back, so it writes no change feed entry, and other editors' saves do not wait for it: here
     * one is made while the preview is half-way through its rows, in a transaction of its own.
     */
    @Test
    void anotherSaveGoesThroughWhileAPreviewRuns() throws Exception {
        ImportJob job = newOrganizations("preview-lock-", 2 * Importer.PROGRESS_EVERY);
        long feedBefore = QuarkusTransaction.requiringNew().call(() -> AuditEntry.count());
        SaveMeanwhile save = new SaveMeanwhile();
        try (save) {
            ImportPlan plan = importer.dryRun(job, save);
            assertEquals(2L * Importer.PROGRESS_EVERY, plan.getCreates());
        }
        assertEquals(Boolean.TRUE, save.wentThrough(), "a save during a preview waited for it to end");
        assertEquals(feedBefore, QuarkusTransaction.requiringNew().call(() -> AuditEntry.count()),
                "a preview leaves no change feed entry");
    }

    /**
     * An applied import records its changes in the change feed after its last row, so other editors' saves go
     * through while it reads its rows: here one is made half-way through them, in a transaction of its own.
     */
    @Test
    void anotherSaveGoesThroughWhileAnImportReadsItsRows() throws Exception {
        ImportJob job = newOrganizations("import-lock-", 2 * Importer.PROGRESS_EVERY);
        long feedBefore = QuarkusTransaction.requiringNew().call(() -> AuditEntry.count());
        long[] feedInImport = new long[1];
        SaveMeanwhile save = new SaveMeanwhile();
        try (save) {
            QuarkusTransaction.requiringNew().run(() -> {
                ImportPlan plan = importer.run(job, save, true);
                assertEquals(2L * Importer.PROGRESS_EVERY, plan.getCreates());
                feedInImport[0] = AuditEntry.count();
                QuarkusTransaction.setRollbackOnly(); // the organizations are not kept
            });
        } catch (QuarkusTransactionException rolledBack) {
            // rolled back as asked
        }
        assertEquals(Boolean.TRUE, save.wentThrough(), "a save during an import's rows waited for the import");
        assertEquals(feedBefore + 2L * Importer.PROGRESS_EVERY, feedInImport[0], "each change is in the feed");
    }

    /**
     * A write holds the change feed's head until it commits, so that entries appear in order: a save made meanwhile
     * waits for it, on H2 as on PostgreSQL, rather than failing after H2's default lock timeout of 2 s. Here the
     * first write holds the head for 3 s.
     */
    @Test
    void aSaveWaitsForAnotherWriteToCommit() throws Exception {
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<?>[] save = new Future<?>[1];
            QuarkusTransaction.requiringNew().run(() -> {
                AuditEntry.lockFeedHead();
                save[0] = other.submit(() -> QuarkusTransaction.requiringNew().run(AuditEntry::lockFeedHead));
                try {
                    Thread.sleep(3_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            save[0].get(30, TimeUnit.SECONDS); // throws if the save failed
        } finally {
            other.shutdownNow();
        }
    }
}
