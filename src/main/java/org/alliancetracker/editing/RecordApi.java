package org.alliancetracker.editing;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.alliancetracker.account.Account;
import org.alliancetracker.account.ApiAuthentication;
import org.alliancetracker.common.TrackedEntity;
import org.alliancetracker.web.ErrorPages;
import org.alliancetracker.web.RecordNotFoundException;

/**
 * Records of every kind, read and written by bots with the same fields, validation, conflict rule and history as
 * the editors' forms. Invalid fields are answered 422 with a message per field by {@link ErrorPages}. A record's
 * ETag is its version: updates and deletions must send it in {@code If-Match} and are refused with 412 when someone
 * saved in between.
 */
@Path("/api/v1/records/{type}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Records (write)")
public class RecordApi {

    @Inject
    EditorRegistry registry;

    @Inject
    EditService edits;

    @Inject
    ApiAuthentication authentication;

    @Inject
    AuditLog log;

    /** A record as the API shows it: the same field names as the forms and the change feed. */
    public record RecordView(String type, long id, int version, Map<String, String> data) {

        /** The record as it is now, read in a transaction of its own; null where there is none. */
        public static RecordView read(RecordEditor<TrackedEntity> editor, long id) {
            return QuarkusTransaction.requiringNew().call(() -> {
                TrackedEntity record = editor.find(id);
                return record == null ? null : new RecordView(editor.type(), record.id, record.version,
                        editor.values(record));
            });
        }
    }

    private RecordEditor<TrackedEntity> editor(String type) {
        RecordEditor<TrackedEntity> editor = creator(type);
        if (!editor.editable()) {
            throw new RecordNotFoundException("kind of record", type);
        }
        return editor;
    }

    /**
     * The editor a record is created with: one of a kind of record, or one of the forms that record an event in one
     * go ("move", "tier-change", "acquisition"), whose record is then read, changed and deleted as its own kind.
     */
    private RecordEditor<TrackedEntity> creator(String type) {
        return registry.forType(type).orElseThrow(() -> new RecordNotFoundException("kind of record", type));
    }

    private static String etag(int version) {
        return "\"" + version + "\"";
    }

    private Response view(RecordEditor<TrackedEntity> editor, long id, Response.ResponseBuilder builder) {
        RecordView view = RecordView.read(editor, id);
        if (view == null) {
            throw new RecordNotFoundException(editor.noun(), String.valueOf(id));
        }
        return builder.entity(view).tag(new EntityTag(String.valueOf(view.version())))
                .header("Cache-Control", "no-cache").build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One record with its version (also its ETag)")
    @APIResponse(responseCode = "200", description = "The record; its ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RecordView.class)))
    public Response get(@PathParam("type") String type, @PathParam("id") long id,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        RecordEditor<TrackedEntity> editor = editor(type);
        Response response = view(editor, id, Response.ok());
        if (ifNoneMatch != null && ifNoneMatch.strip().equals(response.getHeaderString("ETag"))) {
            return Response.notModified().tag(new EntityTag(response.getEntityTag().getValue()))
                    .header("Cache-Control", "no-cache").build();
        }
        return response;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a record (needs a Bearer token)", description = "Besides each kind of record,"
            + " three events are recorded in one call, as their forms do: 'move' (a backer change that ends the open"
            + " backing of the project left and starts one of the project joined), 'tier-change' (ends the member's"
            + " current membership on 'joined' and starts one at 'tier') and 'acquisition'; the answer is the record"
            + " made, at its own kind's address.")
    @SecurityRequirement(name = "apiToken")
    @APIResponse(responseCode = "201", description = "Created: the record, at the address in Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RecordView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "InvalidRecord")
    public Response create(@PathParam("type") String type, @HeaderParam("Authorization") String authorization,
            Map<String, Object> body) {
        Account account = authentication.require(authorization);
        RecordEditor<TrackedEntity> editor = creator(type);
        log.actAs(account.username);
        TrackedEntity record = edits.create(editor, values(edits.shapeOf(editor), editor.noun(), body, null), null);
        RecordEditor<TrackedEntity> kind = editor(editor.recordType());
        return view(kind, record.id, Response.created(URI.create("/api/v1/records/" + kind.type() + "/" + record.id)));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a record's fields (needs a Bearer token and If-Match with its version)")
    @SecurityRequirement(name = "apiToken")
    @APIResponse(responseCode = "200", description = "Changed: the record with its new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RecordView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "InvalidRecord")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response update(@PathParam("type") String type, @PathParam("id") long id,
            @HeaderParam("Authorization") String authorization, @HeaderParam("If-Match") String ifMatch,
            Map<String, Object> body) {
        Account account = authentication.require(authorization);
        RecordEditor<TrackedEntity> editor = editor(type);
        int version = expectedVersion(ifMatch);
        Map<String, String> current = QuarkusTransaction.requiringNew().call(() -> {
            TrackedEntity record = editor.find(id);
            if (record == null) {
                throw new RecordNotFoundException(editor.noun(), String.valueOf(id));
            }
            return editor.values(record);
        });
        log.actAs(account.username);
        try {
            edits.update(editor, id, version, values(edits.shapeOf(editor), editor.noun(), body, current), null);
            return view(editor, id, Response.ok());
        } catch (RuntimeException e) {
            if (EditResource.isConflict(e)) {
                throw new PreconditionFailed();
            }
            throw e;
        }
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a record and what depends on it (needs a Bearer token and If-Match)")
    @SecurityRequirement(name = "apiToken")
    @APIResponse(responseCode = "204", description = "Deleted, with what depended on it")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response delete(@PathParam("type") String type, @PathParam("id") long id,
            @HeaderParam("Authorization") String authorization, @HeaderParam("If-Match") String ifMatch) {
        Account account = authentication.require(authorization);
        RecordEditor<TrackedEntity> editor = editor(type);
        int version = expectedVersion(ifMatch);
        int current = QuarkusTransaction.requiringNew().call(() -> {
            TrackedEntity record = editor.find(id);
            if (record == null) {
                throw new RecordNotFoundException(editor.noun(), String.valueOf(id));
            }
            return record.version;
        });
        if (current != version) {
            throw new PreconditionFailed();
        }
        log.actAs(account.username);
        edits.delete(editor, id, null);
        return Response.noContent().build();
    }

    /** The version an If-Match header names; a write without one is refused (428), as it could overwrite blindly. */
    public static int expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequired();
        }
        String value = ifMatch.strip().replace("W/", "").replace("\"", "");
        if (!value.matches("[0-9]{1,9}")) {
            throw new PreconditionRequired();
        }
        return Integer.parseInt(value);
    }

    /** Raised for a write without a usable If-Match. */
    public static class PreconditionRequired extends RuntimeException {
        PreconditionRequired() {
            super("Send the record's version (its ETag) in If-Match, so that a change made meanwhile is not"
                    + " overwritten.", null, false, false);
        }
    }

    /** Raised for a write whose If-Match names a version the record no longer has. */
    public static class PreconditionFailed extends RuntimeException {
        public PreconditionFailed() {
            super("The record was changed since the version in If-Match. Read it again, re-apply your change and send"
                    + " the new version.", null, false, false);
        }
    }

    /** The body's fields as form values, over the current values for an update; lists become ';'-joined ids. */
    static Map<String, String> values(List<Field> fields, String noun, Map<String, Object> body,
            Map<String, String> current) {
        if (body == null) {
            throw new InvalidFormException(Map.of("body", "Send the record's fields as a JSON object."));
        }
        Map<String, String> values = current == null ? new LinkedHashMap<>() : new LinkedHashMap<>(current);
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> known = fields.stream().map(Field::name).toList();
        body.forEach((field, value) -> {
            if (!known.contains(field)) {
                // A misspelt field would otherwise be dropped without a word, and the bot believe it saved.
                errors.put(field, "Unknown field; a " + noun + " has " + String.join(", ", known) + ".");
            } else if (value == null) {
                values.put(field, "");
            } else if (value instanceof List<?> list) {
                values.put(field, String.join(";", list.stream().map(String::valueOf).toList()));
            } else if (value instanceof Map<?, ?>) {
                errors.put(field, "Must be text, a number, true or false, or a list of ids.");
            } else {
                values.put(field, String.valueOf(value));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidFormException(errors);
        }
        return values;
    }
}
