package org.alliancetracker.importing;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import org.alliancetracker.account.CurrentUser;
import org.alliancetracker.account.Role;
import org.alliancetracker.web.Flash;
import org.alliancetracker.web.RecordNotFoundException;

/** CSV import of organizations and memberships: upload, preview every change and error, then apply all or nothing. */
@Path("/import")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.EDITOR_ROLE)
public class ImportResource {

    static final int MAX_BYTES = 1_000_000;
    static final int MAX_ROWS = 50_000;
    /** Changes and errors listed on a preview page, at most; its counts cover the whole file. */
    static final int PREVIEW_ROWS = 500;
    /** Imports listed on the upload page, the latest first. */
    static final int RECENT = 20;

    @Inject
    ImportRunner runner;

    @Inject
    ImportUndo undo;

    @Inject
    CurrentUser user;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(String kind, String error, List<ImportJob.Listed> recent);

        static native TemplateInstance preview(ImportJob job, ImportPlan.Preview plan);

        static native TemplateInstance status(ImportJob job);

        static native TemplateInstance checking(ImportJob job, int rowsChecked);
    }

    @GET
    public TemplateInstance form() {
        return Templates.upload("MEMBERSHIPS", null, ImportJob.recent(RECENT));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Transactional
    public Response upload(@RestForm String kind, @RestForm FileUpload file) throws IOException {
        ImportJob.Kind chosen = Arrays.stream(ImportJob.Kind.values()).filter(k -> k.name().equals(kind)).findFirst()
                .orElse(null);
        String error = null;
        byte[] bytes = null;
        if (chosen == null) {
            error = "Choose what the file holds: memberships, backings or organizations.";
        } else if (file == null || file.size() == 0) {
            error = "Choose a CSV file to upload.";
        } else if (file.size() > MAX_BYTES) {
            error = "The file is too large: at most 1 MB. Split it and import the parts one after the other.";
        } else {
            bytes = Files.readAllBytes(file.uploadedFile());
        }
        String text = bytes == null ? null : CsvFiles.decode(bytes);
        if (error == null && text.indexOf('\0') >= 0) {
            error = "This is not a CSV text file: it holds NUL bytes, as binary files and UTF-16 text do. "
                    + "Save it from your spreadsheet as CSV (UTF-8) and upload that.";
        }
        if (error == null && text.lines().count() > MAX_ROWS + 1) {
            error = "The file has too many lines: at most " + MAX_ROWS + " rows at a time.";
        }
        if (error != null) {
            return Response.status(422).entity(Templates.upload(kind == null ? "MEMBERSHIPS" : kind, error,
                    ImportJob.recent(RECENT)).render()).build();
        }
        ImportJob job = new ImportJob();
        job.kind = chosen;
        job.username = user.getUsername();
        String name = file.fileName() == null ? "" : file.fileName().replaceAll("\\p{Cntrl}", "").strip();
        job.filename = name.isEmpty() ? "upload.csv" : name.length() > 200 ? name.substring(0, 200) : name;
        job.createdAt = Instant.now();
        job.status = ImportJob.Status.PREVIEWED;
        job.content = text;
        job.persist();
        return Response.seeOther(URI.create("/import/" + job.id)).build();
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") long id) {
        ImportJob found = find(id);
        ImportJob job = !found.isStalled(Instant.now()) ? found : QuarkusTransaction.requiringNew().call(() -> {
            ImportJob stalled = find(id);
            if (stalled.isStalled(Instant.now())) {
                stalled.recoverFromStall();
            }
            return stalled;
        });
        if (job.status == ImportJob.Status.PREVIEWED) {
            return runner.preview(job, PREVIEW_ROWS).map(plan -> Templates.preview(job, plan))
                    .orElseGet(() -> Templates.checking(job, runner.rowsChecked(job.id)));
        }
        return Templates.status(job);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("{id}/apply")
    public Response apply(@PathParam("id") long id) {
        String username = user.getUsername();
        boolean started = QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = find(id);
            if (job.status != ImportJob.Status.PREVIEWED) {
                return false;
            }
            job.status = ImportJob.Status.RUNNING;
            job.startedAt = Instant.now();
            job.message = null;
            job.totalRows = job.dataRows();
            return true;
        });
        if (!started) {
            return Flash.redirect("/import/" + id, "This import was already applied.");
        }
        // A plain worker thread: the request's own context ends with this response.
        Infrastructure.getDefaultWorkerPool().execute(() -> runner.run(id, username));
        return Response.seeOther(URI.create("/import/" + id)).build();
    }

    /**
     * Undoes an applied import ({@link ImportUndo}) off the request thread: all of it, or nothing and a message on
     * its page that says why. Its page shows the progress, then what was done.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("{id}/undo")
    public Response undo(@PathParam("id") long id) {
        String refusal = undo.start(id);
        if (refusal != null) {
            return Flash.redirect("/import/" + id, refusal);
        }
        String username = user.getUsername();
        // A plain worker thread: the request's own context ends with this response.
        Infrastructure.getDefaultWorkerPool().execute(() -> runner.undo(id, username));
        return Response.seeOther(URI.create("/import/" + id)).build();
    }

    private static ImportJob find(long id) {
        ImportJob job = ImportJob.findById(id);
        if (job == null) {
            throw new RecordNotFoundException("import", String.valueOf(id));
        }
        return job;
    }
}
