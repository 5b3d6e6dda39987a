package org.alliancetracker.history;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.alliancetracker.account.Account;
import org.alliancetracker.account.ApiAuthentication;
import org.alliancetracker.editing.AuditLog;
import org.alliancetracker.editing.EditorRegistry;
import org.alliancetracker.editing.InvalidFormException;
import org.alliancetracker.editing.RecordApi.RecordView;
import org.alliancetracker.web.ErrorPages;

/**
 * A bot reverts a change of the change feed as an editor does from the history (a moderation bot undoing a vandal's
 * edit, say), or one person's changes from one on: with a token, answered in the history's words. Each revert is
 * itself a change in the feed.
 */
@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Records (write)")
public class RevertApi {

    @Inject
    ApiAuthentication authentication;

    @Inject
    AuditLog log;

    @Inject
    Reverts reverts;

    @Inject
    EditorRegistry registry;

    /**
     * The change reverted (its id, as in the change feed), what was done ("deleted", "restored" or "re-created"),
     * the history's message, the record as it is now (null where the revert deleted it), and the fields an update's
     * revert set back that someone had changed again since, whose later values it replaced (by their names in the
     * record's data; empty where none was).
     */
    public record RevertView(String change, String did, String message, RecordView record, List<String> replaced) {
    }

    /** Whose changes to revert, from which change on: the user name and the change's id, as the feed gives them. */
    public record RollbackRequest(String by, Long from) {
    }

    /**
     * What a rollback came to: how many changes it listed, reverted, and found with nothing left to revert, why each
     * it left was left, and all of it said as the history says it.
     */
    public record RollbackView(String by, String from, int listed, int reverted, int nothingLeft, List<String> left,
            String message) {
    }

    @POST
    @Path("{id}/revert")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revert a change (needs a Bearer token; no body)", description = "A creation is deleted,"
            + " an update's fields are set back (the fields it did not change keep their values), a deletion is"
            + " re-created at its id with what it deleted or changed with it; the answer says what was left, and"
            + " why. The revert is a change of its own.")
    @SecurityRequirement(name = "apiToken")
    @APIResponse(responseCode = "200", description = "Reverted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RevertView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "409", ref = "NothingToRevert")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "RevertRefused")
    public Response revert(
            @Parameter(description = "The change's id, as the change feed gives it.") @PathParam("id") long id,
            @HeaderParam("Authorization") String authorization, @Context UriInfo uri) {
        Account account = authentication.require(authorization);
        log.actAs(account.username);
        Reverts.Answer answer = reverts.revert(id);
        return switch (answer.outcome()) {
            case REVERTED -> Response.ok(new RevertView(String.valueOf(id), answer.did(), answer.message(),
                    answer.recordId() == null ? null : view(answer.recordType(), answer.recordId()), answer.replaced()))
                    .build();
            case NOTHING_TO_REVERT -> ErrorPages.problem(409, "Nothing to revert", answer.message(), uri.getPath());
            case REFUSED -> ErrorPages.problem(422, "Cannot revert", answer.message(), uri.getPath());
        };
    }

    @POST
    @Path("rollback")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revert one person's changes from one on (needs a Bearer token)", description = "The changes"
            + " the person (or their tokens) made from the change given on, newest first, each reverted as one revert"
            + " does: a vandal's spree undone in one call. Changes reverted already, the person's own reverts of"
            + " those, and changes a deletion made (reverted with it) are not taken; at most " + Reverts.ROLLBACK_LIMIT
            + " changes a call, the latest. A change whose record was changed since by someone else, a creation"
            + " whose record others' records depend on now, and a change the records no longer allow are left as"
            + " they are and named in left, with why. Each revert is a change of its own, under the token's"
            + " account.")
    @SecurityRequirement(name = "apiToken")
    @APIResponse(responseCode = "200", description = "Rolled back, but for the changes named in left",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RollbackView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "409", ref = "NothingToRevert")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "InvalidRecord")
    public Response rollback(RollbackRequest body, @HeaderParam("Authorization") String authorization,
            @Context UriInfo uri) {
        Account account = authentication.require(authorization);
        Map<String, String> errors = new LinkedHashMap<>();
        if (body == null || body.by() == null || body.by().isBlank()) {
            errors.put("by", "Send the user name of the person whose changes to revert.");
        }
        if (body == null || body.from() == null) {
            errors.put("from", "Send the id of the change to revert from, as the change feed gives it.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidFormException(errors);
        }
        String username = body.by().strip();
        log.actAs(account.username);
        Reverts.Rollback rollback = reverts.rollBack(username, body.from());
        String message = rollback.message(username, body.from());
        if (rollback.listed() == 0) {
            return ErrorPages.problem(409, "Nothing to revert", message, uri.getPath());
        }
        return Response.ok(new RollbackView(username, String.valueOf(body.from()), rollback.listed(),
                rollback.reverted(), rollback.nothingLeft(), rollback.left(), message)).build();
    }

    private RecordView view(String type, long id) {
        return RecordView.read(registry.forType(type).orElseThrow(), id);
    }
}
