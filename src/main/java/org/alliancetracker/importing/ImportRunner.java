package org.alliancetracker.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.jboss.logging.Logger;

/** Applies an import off the request thread, recording its progress and outcome on the job. */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class);
    static final int ERRORS_SHOWN = 20;

    @Inject
    Importer importer;

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
                failed.message = "Nothing was imported: the import stopped on an unexpected error. The data is as it was.";
            });
        }
    }
}
