package org.alliancetracker.history;

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
import org.alliancetracker.editing.RecordApi.RecordView;
import org.alliancetracker.web.ErrorPages;

/**
 * A bot reverts a change of the change feed as an editor does from the history (a moderation bot undoing a vandal's
 * edit, say): with a token, answered in the history's words. The revert is itself a change in the feed.
 */
@Path("/api/v1/changes/{id}/revert")
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
     * the history's message, and the record as it is now (null where the revert deleted it).
     */
    public record RevertView(String change, String did, String message, RecordView record) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revert a change (needs a Bearer token; no body)", description = "A creation is deleted,"
            + " an update's earlier values are restored, a deletion is re-created at its id with what it deleted or"
            + " changed with it; the answer says what was left, and why. The revert is a change of its own.")
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
                    answer.recordId() == null ? null : view(answer.recordType(), answer.recordId()))).build();
            case NOTHING_TO_REVERT -> ErrorPages.problem(409, "Nothing to revert", answer.message(), uri.getPath());
            case REFUSED -> ErrorPages.problem(422, "Cannot revert", answer.message(), uri.getPath());
        };
    }

    private RecordView view(String type, long id) {
        return RecordView.read(registry.forType(type).orElseThrow(), id);
    }
}
