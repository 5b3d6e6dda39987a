package org.alliancetracker.importing;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import org.jboss.logging.Logger;

import org.alliancetracker.config.TrackerConfig;
import org.alliancetracker.editing.AuditLog;
import org.alliancetracker.history.DataVersionClock;

/**
 * Makes an import's preview, applies it and undoes it, each off the request thread: a preview of 5,000 rows takes
 * seconds, and applying or undoing an import records its progress and outcome on the job.
 */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class);
    static final int ERRORS_SHOWN = 20;

    /** Previews kept at most. */
    static final int PREVIEWS_KEPT = 8;

    private record PreviewKey(long job, long dataVersion, int shown) {
    }

    /** Each preview is made once for a version of the data (the file never changes), then kept for a while. */
    private final AsyncCache<PreviewKey, ImportPlan.Preview> previews = Caffeine.newBuilder()
            .maximumSize(PREVIEWS_KEPT).buildAsync();

    /** The rows each preview being made has read so far, by job id. */
    private final Map<Long, AtomicInteger> checking = new ConcurrentHashMap<>();

    @Inject
    Importer importer;

    @Inject
    ImportUndo undo;

    @Inject
    AuditLog log;

    @Inject
    DataVersionClock clock;

    @Inject
    TrackerConfig config;

    /**
     * What the import would do, without changing anything, with at most {@code shown} of its changes and errors
     * listed; empty when it takes longer than the configured wait, while it goes on being made for a later view.
     * Two views of the same preview at once make it once.
     */
    public Optional<ImportPlan.Preview> preview(ImportJob job, int shown) {
        CompletableFuture<ImportPlan.Preview> made = previews.get(
                new PreviewKey(job.id, clock.current().writes(), shown),
                (key, executor) -> CompletableFuture.supplyAsync(() -> makePreview(job, shown),
                        Infrastructure.getDefaultWorkerPool()));
        try {
            return Optional.of(made.get(config.imports().previewWait().toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        }
    }

    /** The rows of the job's file that the preview being made has read so far. */
    public int rowsChecked(long jobId) {
        AtomicInteger rows = checking.get(jobId);
        return rows == null ? 0 : rows.get();
    }

    private ImportPlan.Preview makePreview(ImportJob job, int shown) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        AtomicInteger rows = new AtomicInteger();
        checking.put(job.id, rows);
        try {
            return importer.dryRun(job, rows::set).summary(shown);
        } finally {
            checking.remove(job.id, rows);
            requestContext.terminate();
        }
    }

    /** Undoes the import that {@link ImportUndo#start} marked, as {@code username}, recording the outcome on it. */
    @ActivateRequestContext
    public void undo(long jobId, String username) {
        log.actAs(username);
        try {
            undo.undo(jobId, username, count -> Importer.progress(jobId, count));
        } catch (ImportUndo.Refused e) {
            undo.refused(jobId, e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Undoing import %d failed", jobId);
            undo.refused(jobId, "Nothing was undone: the undo stopped on an unexpected error. The data is as it was.");
        }
    }

    @ActivateRequestContext
    public void run(long jobId, String username) {
        ImportJob job = QuarkusTransaction.requiringNew().call(() -> ImportJob.<ImportJob>findById(jobId));
        try {
            ImportPlan plan = importer.apply(job, username);
            QuarkusTransaction.requiringNew().run(() -> {
                ImportJob done = ImportJob.findById(jobId);
                done.processedRows = done.totalRows;
                if (plan.isBlocked()) {
                    done.status = ImportJob.Status.FAILED;
                    done.message = "Nothing was imported: " + plan.errors.size() + " lines have errors, e.g. "
                            + String.join("; ", plan.errors.stream().limit(ERRORS_SHOWN)
                                    .map(e -> "line " + e.line() + ": " + e.message()).toList());
                } else {
                    done.status = ImportJob.Status.DONE;
                    done.created = (int) plan.getCreates();
                    done.updated = (int) plan.getUpdates();
                    done.unchanged = (int) plan.getUnchanged();
                }
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "Import %d failed", jobId);
            QuarkusTransaction.requiringNew().run(() -> {
                ImportJob failed = ImportJob.findById(jobId);
                failed.status = ImportJob.Status.FAILED;
                failed.message = "Nothing was imported: the import stopped on an unexpected error. The data is as it"
                        + " was.";
            });
        }
    }
}
