package org.alliancetracker.importing;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;

import org.alliancetracker.common.TrackedEntity;
import org.alliancetracker.editing.EditService;
import org.alliancetracker.editing.EditorRegistry;
import org.alliancetracker.editing.InvalidFormException;
import org.alliancetracker.editing.RecordEditor;
import org.alliancetracker.history.AuditEntry;
import org.alliancetracker.web.Formats;
import org.alliancetracker.web.RecordNotFoundException;

/**
 * Undoes an applied import in one transaction, off the request thread (5,000 changes take about 8 s): deletes the
 * records it made and gives those it changed their values from before, its latest change first, each as a revert in
 * the history, the change feed and the webhooks. Refused, with nothing changed, where a record it made or changed was
 * changed since, or where deleting one would delete a record made since (a membership of an organization it made), as
 * a revert of each change would be.
 */
@ApplicationScoped
public class ImportUndo {

    /** Changes named at most in a refusal. */
    static final int NAMED = 3;

    @Inject
    EditService edits;

    @Inject
    EditorRegistry registry;

    /** Why an import cannot be undone, in words for its page; nothing was changed. */
    public static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Marks the applied import as being undone, which {@link #undo} then does off the request thread; null, or why
     * it cannot be.
     */
    public String start(long jobId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = ImportJob.findById(jobId, LockModeType.PESSIMISTIC_WRITE);
            if (job == null) {
                throw new RecordNotFoundException("import", String.valueOf(jobId));
            }
            switch (job.status) {
                case DONE -> {
                    job.status = ImportJob.Status.UNDOING;
                    job.startedAt = Instant.now();
                    job.totalRows = (int) AuditEntry.count("importJobId", jobId);
                    job.processedRows = 0;
                    job.message = null;
                    return null;
                }
                case UNDOING -> {
                    return "This import is being undone.";
                }
                case UNDONE -> {
                    return "This import was undone already.";
                }
                default -> {
                    return "Only an import that was applied can be undone.";
                }
            }
        });
    }

    /**
     * Undoes the import marked by {@link #start}, in one transaction, reporting the changes undone so far every
     * {@link Importer#ROWS_PER_SESSION}; then the import is undone, or, where {@link Refused}, applied as before.
     */
    public void undo(long jobId, String username, IntConsumer progress) {
        QuarkusTransaction.requiringNew().timeout(Importer.TRANSACTION_TIMEOUT_SECONDS).run(() -> {
            // The feed's head first, as every writer takes it: no change comes between the checks and the undo.
            AuditEntry.lockFeedHead();
            List<AuditEntry> changes = AuditEntry.ofImportLatestFirst(jobId);
            if (changes.isEmpty()) {
                ImportJob job = ImportJob.findById(jobId);
                throw new Refused(job.created + job.updated == 0 ? "This import changed nothing: there is nothing to"
                        + " undo." : "This import was applied before imports could be undone: revert its changes one"
                        + " by one in the recent changes.");
            }
            List<AuditEntry> later = AuditEntry.laterChangesToRecordsOf(jobId, changes.get(0).id, NAMED + 1);
            if (!later.isEmpty()) {
                throw new Refused("Cannot undo: records it made or changed were changed since ("
                        + named(later, true) + "). Revert those changes first, or revert this import's changes one by"
                        + " one.");
            }

            long before = AuditEntry.latestId();
            Set<String> made = new HashSet<>();
            int deleted = 0;
            int restored = 0;
            int done = 0;
            for (AuditEntry change : changes) {
                RecordEditor<TrackedEntity> editor = registry.forType(change.recordType).orElseThrow();
                if (change.action == AuditEntry.Action.CREATED) {
                    made.add(change.recordType + " " + change.recordId);
                }
                try {
                    switch (edits.revert(editor, change).how()) {
                        case DELETED -> deleted++;
                        case RESTORED -> restored++;
                        // Deleted above with a record it depended on, or set back already; an import deletes
                        // nothing to re-create.
                        case GONE, RECREATED, BACK, UNCHANGED -> {
                        }
                    }
                } catch (InvalidFormException e) {
                    throw new Refused("Cannot undo “" + change.summary + "”: " + edits.refusal(editor, e));
                }
                if (++done % Importer.ROWS_PER_SESSION == 0) {
                    // As an import does: a session holding every record undone makes each query slower.
                    Panache.getEntityManager().flush();
                    Panache.getEntityManager().clear();
                    progress.accept(done);
                }
            }
            List<AuditEntry> alsoDeleted = AuditEntry.deletionsAfter(before).stream()
                    .filter(d -> !made.contains(d.recordType + " " + d.recordId)).toList();
            if (!alsoDeleted.isEmpty()) {
                throw new Refused("Cannot undo: deleting what it made would also delete records made since ("
                        + named(alsoDeleted, false) + "). Delete or move those first.");
            }
            ImportJob undone = ImportJob.findById(jobId);
            undone.status = ImportJob.Status.UNDONE;
            undone.processedRows = undone.totalRows;
            undone.message = "Undone by " + username + " on " + Formats.timestamp(Instant.now()) + ": deleted "
                    + deleted + ", restored " + restored + ".";
        });
    }

    /** Gives the import back its status of applied, with why it was not undone. */
    public void refused(long jobId, String why) {
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob job = ImportJob.findById(jobId);
            job.status = ImportJob.Status.DONE;
            job.message = why;
        });
    }

    /** The first of these changes, by their summaries, and who made them and when. */
    private static String named(List<AuditEntry> changes, boolean who) {
        List<String> named = changes.stream().limit(NAMED).map(c -> "“" + c.summary + "”"
                + (who ? " by " + c.username + " on " + Formats.timestamp(c.changedAt) : "")).toList();
        return String.join("; ", named) + (changes.size() > NAMED ? "; and more" : "");
    }
}
